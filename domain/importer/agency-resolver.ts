// Turns names into codes for one import. A name the registry does not know gets a placeholder
// code made from its words ("Công an tỉnh" → CONG_AN_TINH), the same code every time it appears,
// and is reported so someone adds it to the registry or corrects the spelling.
import type { TAgencyKind } from '../plan';
import { AgencyMatcher, type TAgencyMention } from './agency-matcher';
import { nameKey } from './expand-tokens';
import type { TImportRegistry } from './import-registry';
import { namesNobody } from './read-leading-actor';
import { codeFromName } from './vietnamese-text';

export interface TPlaceholderAgency {
  code: string;
  /** The name as first written in the document. */
  nameVi: string;
  kind: TAgencyKind;
  refs: string[];
  /** A collective name ("Các sở, ngành liên quan"): a group whose members the reviewer lists. */
  isGroup: boolean;
}

export interface TResolvedMention {
  code: string;
  isGroup: boolean;
}

/** Kinds guessed from the first words of an unknown name; a reviewer confirms them. */
const KIND_BY_START: ReadonlyArray<readonly [RegExp, TAgencyKind]> = [
  [/^(?:ủy ban nhân dân|ubnd) (?:các )?(?:xã|phường|thị trấn)/iu, 'commune'],
  [/^(?:ủy ban nhân dân|ubnd) (?:các )?(?:huyện|thị xã|thành phố|quận)/iu, 'district'],
  [/^bộ\s/iu, 'ministry'],
  [/^(?:hội|đoàn|tỉnh đoàn|liên đoàn|mặt trận|ủy ban mặt trận|các tổ chức)/iu, 'organisation'],
];

export class AgencyResolver {
  private readonly matcher: AgencyMatcher;
  private readonly registryCodes: Set<string>;
  private readonly placeholders = new Map<string, TPlaceholderAgency>();

  constructor(registry: TImportRegistry) {
    this.matcher = new AgencyMatcher([
      ...registry.agencies.map((agency) => ({ code: agency.code, nameVi: agency.nameVi, aliases: agency.aliases, isGroup: false })),
      ...registry.groups.map((group) => ({ code: group.code, nameVi: group.nameVi, aliases: group.aliases, isGroup: true })),
    ]);
    this.registryCodes = new Set([...registry.agencies, ...registry.groups].map((entry) => entry.code));
  }

  get agencyMatcher(): AgencyMatcher {
    return this.matcher;
  }

  /** Every name in a list as a code, in the order written, without repeats. */
  resolveList(text: string, ref: string): TResolvedMention[] {
    return this.resolveMentions(this.matcher.readList(text), ref);
  }

  resolveMentions(mentions: readonly TAgencyMention[], ref: string): TResolvedMention[] {
    const resolved: TResolvedMention[] = [];
    for (const mention of mentions) {
      // "… kịp thời phản ánh về": words that name nobody are no agency to add to the registry.
      if (mention.code === null && namesNobody(mention.written)) continue;
      const code = mention.code ?? this.placeholderFor(mention.written, ref, mention.isGroup);
      if (!resolved.some((entry) => entry.code === code)) resolved.push({ code, isGroup: mention.isGroup });
    }
    return resolved;
  }

  /** One placeholder per distinct name, with a code no registry entry or other placeholder has. */
  placeholderFor(written: string, ref: string, isGroup = false): string {
    const key = nameKey(written);
    const existing = this.placeholders.get(key);
    if (existing !== undefined) {
      if (!existing.refs.includes(ref)) existing.refs.push(ref);
      return existing.code;
    }
    const taken = new Set([...this.registryCodes, ...[...this.placeholders.values()].map((entry) => entry.code)]);
    const base = codeFromName(written);
    let code = base;
    for (let suffix = 2; taken.has(code); suffix += 1) code = `${base}_${suffix}`;
    const kind = KIND_BY_START.find(([pattern]) => pattern.test(written))?.[1] ?? 'department';
    this.placeholders.set(key, { code, nameVi: written, kind, refs: [ref], isGroup });
    return code;
  }

  unknownAgencies(): TPlaceholderAgency[] {
    return [...this.placeholders.values()];
  }
}
