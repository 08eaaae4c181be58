// Finds the registry's agencies and groups in a list of names as a plan writes it ("Sở Giáo dục
// và Đào tạo; Ủy ban nhân dân các huyện, thành phố"). Names contain commas and "và", so the list
// is not split first: the longest registry name at each place wins, and only what is left over
// is split into names the registry does not know.
import { nameKey, nameTokens } from './expand-tokens';
import { foldWord, type TToken } from './vietnamese-text';
import { spellOutKindLists, spellOutPlaceLists } from './kind-lists';

export interface TRegistryEntry {
  code: string;
  nameVi: string;
  aliases: readonly string[];
  /** A group ("Các Sở, ban, ngành") stands for several agencies and can never lead a task. */
  isGroup: boolean;
}

export interface TAgencyMention {
  /** The registry code; null when the registry has no such name. */
  code: string | null;
  /** The name as the document writes it. */
  written: string;
  isGroup: boolean;
}

/** Tokens that separate names in a list. */
const SEPARATORS = new Set([',', ';', '.', ':', '(', ')', '/', 'và', 'với', 'cùng', 'hoặc'].map(foldWord));
/** Words of phrases such as "các cơ quan, đơn vị có liên quan" that name nobody in particular. */
const VAGUE_WORDS = new Set(['các', 'cơ', 'quan', 'đơn', 'vị', 'có', 'liên', 'khác', 'tỉnh', 'thuộc', 'những', 'ngành', 'cấp', 'theo', 'chức', 'năng', 'nhiệm', 'vụ', 'được', 'giao', 'tổ', 'chức', 'triển', 'khai', 'thực', 'hiện', 'phối', 'hợp'].map(foldWord));
/** Nouns a plan uses for "whoever is concerned": "các cơ quan, đơn vị, địa phương có liên quan". */
const GENERIC_NOUN = '(?:cơ quan|đơn vị|địa phương|tổ chức|cá nhân|doanh nghiệp|bộ|sở|ban|ngành|lực lượng|cơ sở)';
/**
 * "các cơ quan, đơn vị liên quan", "các cơ quan chức năng", "các đơn vị được giao nhiệm vụ": the
 * agencies concerned, whom the document does not name. Kept whole, as a name the reviewer
 * replaces, not read as the registry's "địa phương" inside it.
 */
// "các sở, ban, ngành và (các) cơ quan, đơn vị có liên quan" is two: the departments, and the units concerned.
const LIST_JOIN = '\\s*(?:,|(?<!sở|ban|ngành|bộ)\\s+và|\\s+và(?!\\s+(?:các\\s+)?(?:cơ quan|đơn vị)(?![\\p{L}])))\\s*';
const RELATED_PHRASE = new RegExp(`(?<=^|[,;]\\s*|\\s(?:và|với)\\s+)(?:(?:thủ\\s+trưởng|người\\s+đứng\\s+đầu)\\s+)?(?:(?:các|những)\\s+)?${GENERIC_NOUN}(?:${LIST_JOIN}${GENERIC_NOUN})*(?:\\s+khác)?\\s+(?:(?:có\\s+)?liên\\s+quan|chức\\s+năng(?![\\p{L}])|được\\s+(?:giao|phân\\s+công)(?![\\p{L}])[^,;.()]*?(?=\\s*(?:[,;.()]|\\s(?:và|với)\\s|$)))(?:\\s+khác)?`, 'giu');
/**
 * "Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao tỉnh, thành phố …": one unit, under
 * whichever of its names a province uses, not two names.
 */
const ALTERNATIVE_NAMES = /(?<=^|[;,]\s*)(?<kind>Sở|Phòng|Ban|Trung tâm|Văn phòng)\s[^;/]+\/\s*\k<kind>\s[^;]+/gu;
/** "các cơ quan, đơn vị, địa phương": every agency, unit and locality, not the registry's "địa phương" alone. */
const UNIT_NOUN = '(?:cơ quan|đơn vị|địa phương|tổ chức|doanh nghiệp|cá nhân)';
const EVERY_UNIT = `(?<=^|[;,]\\s*|\\s(?:và|với)\\s+)(?:các|những)\\s+${UNIT_NOUN}(?:\\s*,\\s*${UNIT_NOUN})+(?=\\s*(?:[;.]|,?\\s+và\\s|$))`;
/**
 * "các bộ, ngành, địa phương", "các bộ, cơ quan, địa phương": a national plan's every ministry, agency and province, one group.
 * Its "địa phương" is no province's districts ("các sở, ngành, địa phương" in a provincial plan
 * stays the departments and the localities the registry has).
 */
const MINISTRIES_AND_LOCALITIES = `(?<=^|[;,]\\s*|\\s(?:và|với)\\s+)(?:các\\s+)?bộ,\\s*(?:(?:cơ quan ngang bộ|cơ quan|ngành)\\s*,\\s*)*(?:cơ quan ngang bộ|cơ quan|ngành)(?:\\s*,\\s*|\\s+và\\s+(?:các\\s+)?)địa phương(?!\\s+(?:khác\\s+)?(?:có\\s+)?liên\\s+quan)`;
/** "Ủy ban nhân dân (các) tỉnh, thành phố trực thuộc Trung ương": every province's committee, one group, not a province and a city. */
const PROVINCIAL_COMMITTEES = `(?<=^|[;,]\\s*|\\s(?:và|với)\\s+)(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd)\\s+(?:các\\s+)?tỉnh,\\s*thành phố(?:\\s+trực thuộc\\s+trung ương)?(?!\\s*khác)(?![\\p{L}])`;
/** Phrases read whole, before the registry's names are looked for in what is left. */
// Every ministry and province before the units concerned: "các bộ, cơ quan, địa phương, đơn vị có liên quan" is two.
const WHOLE_NAMES = new RegExp(`${MINISTRIES_AND_LOCALITIES}|${RELATED_PHRASE.source}|${ALTERNATIVE_NAMES.source}|${EVERY_UNIT}|${PROVINCIAL_COMMITTEES}`, 'giu');
/**
 * "Bộ Xây dựng, Khoa học và Công nghệ" → "Bộ Xây dựng, Bộ Khoa học và Công nghệ", when every
 * item is a ministry's own name ("Bộ Văn hóa, Thể thao và Du lịch" stays one ministry).
 */
function ministriesWrittenOut(text: string): string {
  return text.replace(MINISTRIES_NAMED_ONCE, (whole, list: string) => {
    const items = list.split(/\s*,\s*/u).reduce<string[]>((joined, item) => {
      const last = joined[joined.length - 1];
      if (last !== undefined && !MINISTRY_NAMES.has(last.toLowerCase()) && MINISTRY_NAMES.has(`${last}, ${item}`.toLowerCase())) joined[joined.length - 1] = `${last}, ${item}`;
      else joined.push(item);
      return joined;
    }, []);
    const names = items.map((item) => item.trim().replace(/\s+và$/u, ''));
    return names.length >= 2 && names.every((name) => MINISTRY_NAMES.has(name.toLowerCase())) ? names.map((name) => `Bộ ${name}`).join(', ') : whole;
  });
}

/** First words of an agency's name: a separator before one of them starts a new name. */
const NAME_STARTS = ['sở', 'bộ', 'chi nhánh', 'chính quyền', 'đại học', 'hội', 'ủy ban', 'công an', 'tỉnh đoàn', 'đoàn', 'liên đoàn', 'mặt trận', 'văn phòng', 'thanh tra', 'đài', 'báo', 'trường', 'bệnh viện', 'trung tâm', 'cục', 'vụ', 'chi cục', 'phòng', 'bảo hiểm', 'ngân hàng', 'kho bạc', 'viện', 'các', 'quỹ', 'tòa án', 'ban quản lý', 'ban chỉ huy', 'ban dân tộc', 'ban tuyên giáo', 'ban thường vụ', 'ban chỉ đạo', 'ban an toàn', 'ubnd', 'cổng thông tin', 'trung ương', 'tổng liên đoàn', 'tổng cục', 'thông tấn xã', 'tập đoàn', 'tổng công ty', 'hiệp hội'].map((start) => nameKey(start).split(' '));
/** Trailing words a registry name may drop in a list: "Ủy ban MTTQ Việt Nam tỉnh" → "… Việt Nam". */
const DROPPABLE_SUFFIXES = [['tỉnh'], ['thuộc', 'tỉnh']].map((words) => words.map((word) => nameKey(word)));
/** Names that mean nothing on their own once "tỉnh" is dropped ("Ủy ban nhân dân"). */
const TOO_GENERIC = new Set(['ủy ban nhân dân', 'hội đồng nhân dân'].map(nameKey));

/** A name that opens with its own kind of body: "Bệnh viện …", "Tổ công tác …", "Ủy ban …". */
const BODY_WORD = /^(?:Sở|Bộ|Ban|Cục|Vụ|Hội|Viện|Trung tâm|Tổ|Phòng|Bệnh viện|Ủy ban|Uỷ ban|UBND|Công an|Đài|Báo|Trường|Mặt trận|Đoàn|Liên đoàn|Chi cục|Văn phòng|Thanh tra|Kho bạc|Ngân hàng|Các|các)(?![\p{L}])/u;

/** What follows "và" inside a ministry's or department's own name: "Giáo dục và Đào tạo", "Khoa học và Công nghệ", "Nông nghiệp và Môi trường" … */
const AND_IN_NAME = /^(?:Đào tạo|Công nghệ|Đầu tư|Môi trường|Phát triển nông thôn|Du lịch|Xã hội|Truyền thông|Thể thao|Tôn giáo|Đô thị)(?![\p{L}])/u;

/** The ministries' own names after "Bộ" (2025 and before), to write out "Bộ Xây dựng, Khoa học và Công nghệ" as two. */
const MINISTRY_NAMES = new Set(
  ['Quốc phòng', 'Công an', 'Ngoại giao', 'Nội vụ', 'Tư pháp', 'Tài chính', 'Công Thương', 'Nông nghiệp và Môi trường', 'Xây dựng', 'Văn hóa, Thể thao và Du lịch', 'Văn hoá, Thể thao và Du lịch', 'Khoa học và Công nghệ', 'Giáo dục và Đào tạo', 'Y tế', 'Dân tộc và Tôn giáo', 'Kế hoạch và Đầu tư', 'Thông tin và Truyền thông', 'Lao động - Thương binh và Xã hội', 'Tài nguyên và Môi trường', 'Giao thông vận tải', 'Nông nghiệp và Phát triển nông thôn'].map((name) => name.toLowerCase()),
);
/** "Bộ Xây dựng, Khoa học và Công nghệ": "Bộ" once before ministries' own names, up to ";" or a bracket. */
const MINISTRIES_NAMED_ONCE = /(?<![\p{L}])Bộ\s+(\p{Lu}[^;:(),]*(?:,\s*\p{Lu}[^;:(),]*)+)(?=\s*(?:[;:()]|$)|\s*,\s*\p{Ll})/gu;

/** "Các Sở: Y tế, Tư pháp", "các Bộ Công an, Quốc phòng": the kind once, then its bodies' own names in capitals, up to ";" or a bracket. */
const DISTRIBUTED_NAMES = /(?<![\p{L}])[Cc]ác\s+(Sở|Bộ|sở|bộ|Cục|Vụ|Ban|Hội|Viện|Trung tâm)\s*:?\s+(\p{Lu}[^;:()]*?(?:,\s*\p{Lu}[^;:(),]*)+)(?=\s*(?:[;:()]|$))/gu;

/**
 * "Ủy ban nhân dân tỉnh Quảng Trị, Ủy ban nhân dân tỉnh Hà Tĩnh": one registry name qualified by
 * two places names two bodies, neither of them the registry's own; each is read as a name of its
 * own, so they are not merged into one.
 */
function apartByPlace(mentions: TAgencyMention[]): TAgencyMention[] {
  const placed = (mention: TAgencyMention) => mention.code !== null && /(?:tỉnh|[Tt]hành phố)\s+\p{Lu}/u.test(mention.written);
  const places = new Map<string, Set<string>>();
  for (const mention of mentions) if (placed(mention)) places.set(mention.code as string, (places.get(mention.code as string) ?? new Set()).add(mention.written));
  return mentions.map((mention) => (placed(mention) && (places.get(mention.code as string)?.size ?? 0) > 1 ? { code: null, written: mention.written, isGroup: false } : mention));
}

export class AgencyMatcher {
  private readonly byKey = new Map<string, TRegistryEntry>();
  private readonly longestKey: number;

  constructor(entries: readonly TRegistryEntry[]) {
    // Exact names first, then aliases, then shortened variants: an earlier key is never replaced.
    for (const entry of entries) this.add(nameKey(entry.nameVi), entry);
    for (const entry of entries) for (const alias of entry.aliases) this.add(nameKey(alias), entry);
    for (const entry of entries) for (const name of [entry.nameVi, ...entry.aliases]) for (const variant of shortenedVariants(nameKey(name))) this.add(variant, entry);
    this.longestKey = Math.max(1, ...[...this.byKey.keys()].map((key) => key.split(' ').length));
  }

  private add(key: string, entry: TRegistryEntry): void {
    if (key !== '' && !this.byKey.has(key)) this.byKey.set(key, entry);
  }

  /** The registry entry whose name (or alias, or abbreviation) is exactly `name`. */
  matchName(name: string): TRegistryEntry | null {
    return this.byKey.get(nameKey(name)) ?? null;
  }

  /**
   * Every name in a list, known or not, in the order written; vague phrases are left out, but
   * "the agencies concerned" is kept as written for the reviewer to fill in.
   */
  readList(listText: string): TAgencyMention[] {
    // A table cell lists its names as bullets: "- Bộ Xây dựng; - Bộ Công Thương".
    // "Bộ Y tế (chủ trì phần chuyên môn)": a remark in brackets that opens lower-case says what
    // the agency does, it names nobody; "(Sở LĐTBXH)", an abbreviation, is kept.
    // "các Bộ: Quốc phòng, Công an": "Bộ Quốc phòng, Bộ Công an"; "Ủy ban nhân dân các tỉnh:
    // Quảng Trị, Huế": "Ủy ban nhân dân tỉnh Quảng Trị, Ủy ban nhân dân thành phố Huế".
    // "- Vụ Đất đai - Cục Quy hoạch … - Các đơn vị khác": a cell's bullets run into one line.
    const bullets = /^\s*[-–•+]\s+/u.test(listText) ? listText.replace(/\s+[-–•+]\s+(?=(?:Sở|Bộ|Ban|Cục|Vụ|Viện|Trung tâm|Văn phòng|Thanh tra|Tổng cục|Ủy ban|Uỷ ban|UBND|Công an|Các|các)\s)/gu, '; ') : listText;
    let text = spellOutPlaceLists(spellOutKindLists(bullets))
      .replace(/(^|[;:,.])\s*[-–—+•]\s+/gu, '$1 ')
      .replace(/\s*\(\s*\p{Ll}[^()]*\)/gu, '')
      // "Trung tâm Dịch vụ việc làm (Sở Nội vụ)": the agency it belongs to, written out, is no
      // other name in the list; "(Sở LĐTBXH)", an abbreviation of the name before it, stays.
      .replace(/\s*\(\s*(?:Sở|Bộ|Ủy ban|UBND|Ban)\s[^()]*\s\p{Ll}[^()]*\)/gu, '')
      // "Mặt trận Tổ quốc Việt Nam tại địa phương", "các cơ sở khám bệnh, chữa bệnh trong toàn
      // quốc": where the body works, not another name.
      .replace(/(\p{L})\s+(?:(?:tại|ở)\s+(?:các\s+)?(?:địa phương|cơ sở)|(?:trong|trên)\s+(?:phạm vi\s+)?(?:toàn quốc|cả nước))(?![\p{L}\p{N}])/gu, '$1')
      .trim();
    const mentions: TAgencyMention[] = [];
    let from = 0;
    text = ministriesWrittenOut(this.distributed(text));
    for (const related of text.matchAll(WHOLE_NAMES)) {
      mentions.push(...this.readNames(text.slice(from, related.index)), { code: null, written: related[0], isGroup: isCollective(related[0]) });
      from = related.index + related[0].length;
    }
    return apartByPlace([...mentions, ...this.readNames(text.slice(from))]);
  }

  /**
   * "Các Sở: Y tế, Tư pháp và Tài chính", "các Bộ Công an, Quốc phòng": one kind of body written
   * once before its names, written out for each ("Sở Y tế, Sở Tư pháp, Sở Tài chính"). A name
   * with "và" or a comma of its own ("Giáo dục và Đào tạo", "Văn hóa, Thể thao và Du lịch") stays
   * whole when the registry knows it.
   */
  private distributed(text: string): string {
    return text.replace(DISTRIBUTED_NAMES, (whole, written: string, list: string) => {
      // "các bộ: Quốc phòng, Công an": the kind in lower case names the same bodies.
      const kind = `${written.charAt(0).toUpperCase()}${written.slice(1)}`;
      const items = list.split(/\s*,\s*/u).reduce<string[]>((joined, item) => {
        const last = joined[joined.length - 1];
        // "Văn hóa, Thể thao và Du lịch": a comma inside one body's name.
        if (last !== undefined && this.matchName(`${kind} ${last}, ${item}`) !== null) joined[joined.length - 1] = `${last}, ${item}`;
        else joined.push(item);
        return joined;
      }, []);
      // "các Trung tâm Y tế, Bệnh viện", "các Ban Chỉ đạo, Tổ công tác": a list of bodies, each named in full.
      // "các Bộ Quốc phòng, Công an": a ministry's own name, though "Công an" opens a body's name elsewhere.
      if (items.slice(1).some((item) => BODY_WORD.test(item) && !(kind === 'Bộ' && MINISTRY_NAMES.has(item.toLowerCase())))) return whole;
      const names = items.flatMap((item) => {
        const parts = item.split(/\s+và\s+/u);
        const oneName = this.matchName(`${kind} ${item}`) !== null || AND_IN_NAME.test(parts[1] ?? '');
        return parts.length === 2 && !oneName && parts.every((part) => /^\p{Lu}/u.test(part)) ? parts : [item];
      });
      return names.length < 2 ? whole : names.map((name) => `${kind} ${name}`).join(', ');
    });
  }

  private readNames(text: string): TAgencyMention[] {
    const tokens = nameTokens(text);
    const mentions: TAgencyMention[] = [];
    let leftover: TToken[] = [];
    const flush = () => {
      mentions.push(...unknownNames(leftover, text));
      leftover = [];
    };
    let index = 0;
    while (index < tokens.length) {
      const found = this.longestMatchAt(tokens, index);
      if (found === null || opensName(leftover)) {
        leftover.push(tokens[index] as TToken);
        index += 1;
        continue;
      }
      // "Tổng Liên đoàn Lao động Việt Nam", "Hội Liên hiệp Phụ nữ Việt Nam", "Trung ương Đoàn …":
      // a national body whose name holds a provincial one; the registry's entry is not it.
      if (widensToNational(leftover, tokens, index + found.length)) {
        leftover.push(...tokens.slice(index, index + found.length));
        index += found.length;
        continue;
      }
      // "Chủ tịch Ủy ban nhân dân các huyện", "Giám đốc Sở Y tế": the head stands for the agency.
      leftover = withoutHeadTitle(leftover);
      flush();
      // "Công an Thành phố", "Các Sở, ban, ngành Thành phố": the place the name is qualified by, not another name.
      const length = found.length + (placeQualifierAt(tokens, index + found.length) || placeNameAt(tokens, index + found.length, text));
      mentions.push({ code: found.entry.code, written: quote(text, tokens, index, length), isGroup: found.entry.isGroup });
      index += length;
    }
    flush();
    return mentions;
  }

  /**
   * Known names at the very start of a text ("Đề nghị Tỉnh Đoàn tiếp tục …"), with the offset
   * where they end; an empty list when the text does not begin with a registry name.
   */
  readLeadingNames(text: string): { mentions: TAgencyMention[]; end: number } {
    const tokens = nameTokens(text);
    const mentions: TAgencyMention[] = [];
    let index = 0;
    let end = 0;
    while (index < tokens.length) {
      const found = this.longestMatchAt(tokens, index);
      if (found !== null) {
        mentions.push({ code: found.entry.code, written: quote(text, tokens, index, found.length), isGroup: found.entry.isGroup });
        index += found.length;
        end = (tokens[index - 1] as TToken).end;
        continue;
      }
      if (mentions.length > 0 && SEPARATORS.has((tokens[index] as TToken).key) && index + 1 < tokens.length && this.longestMatchAt(tokens, index + 1) !== null) {
        index += 1;
        continue;
      }
      break;
    }
    return { mentions, end };
  }

  private longestMatchAt(tokens: readonly TToken[], index: number): { entry: TRegistryEntry; length: number } | null {
    const first = tokens[index];
    if (first === undefined || SEPARATORS.has(first.key)) return null;
    for (let length = Math.min(this.longestKey, tokens.length - index); length >= 1; length -= 1) {
      const key = tokens
        .slice(index, index + length)
        .map((token) => token.key)
        .join(' ');
      const entry = this.byKey.get(key);
      if (entry !== undefined) return { entry, length };
    }
    return null;
  }
}

function shortenedVariants(key: string): string[] {
  const words = key.split(' ');
  const variants: string[] = [];
  if (words[0] === nameKey('các') && words.length > 1) variants.push(words.slice(1).join(' '));
  for (const suffix of DROPPABLE_SUFFIXES) {
    const tail = words.slice(-suffix.length).join(' ');
    const rest = words.slice(0, -suffix.length).join(' ');
    if (words.length > suffix.length + 1 && tail === suffix.join(' ') && !TOO_GENERIC.has(rest)) variants.push(rest);
  }
  return variants;
}

/**
 * A name for several bodies, which the reviewer lists: it opens with "các"/"những" ("Các sở,
 * ngành liên quan"), or is the People's Committees of a level ("Ủy ban nhân dân các xã, phường",
 * "UBND cấp xã", "Ủy ban nhân dân các cấp").
 */
export function isCollective(written: string): boolean {
  // "Sở, ban, ngành liên quan", "Bộ, ngành": kinds of unit listed, not one unit.
  // "Cơ quan, đơn vị có liên quan": the units concerned, whichever they are.
  return /^(?:các|những)\s/iu.test(written) || /^(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+(?:các|cấp)\s/iu.test(written) || /\scác cấp$/iu.test(written) || /^(?:sở|bộ),\s*(?:ban|ngành)\b/iu.test(written) || /\sliên quan$/iu.test(written);
}

/** Titles of an agency's head, which stand for the agency when its name follows. */
// "Thống đốc Ngân hàng Nhà nước Việt Nam", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": a Government resolution's heads.
const HEAD_TITLES = ['chủ tịch', 'tổng giám đốc', 'giám đốc', 'thủ trưởng', 'bộ trưởng', 'trưởng ban', 'người đứng đầu', 'thống đốc', 'chủ nhiệm'].map((title) => nameKey(title).split(' '));
/** "Tổng Thanh tra Chính phủ", "Tổng Kiểm toán Nhà nước": the head's title is "Tổng" before the body's name ("Tổng cục …" is a name). */
const TOP_OF = ['tổng thanh tra', 'tổng kiểm toán'].map((title) => nameKey(title).split(' '));
const BODY_HEADS = ['chủ tịch', 'giám đốc'].map((title) => nameKey(title).split(' '));

/** The words left over without a head's title right before a registry name ("…, Chủ tịch" before "Ủy ban nhân dân …"). */
function withoutHeadTitle(leftover: readonly TToken[]): TToken[] {
  let start = leftover.length;
  while (start > 0 && !SEPARATORS.has((leftover[start - 1] as TToken).key)) start -= 1;
  const piece = leftover.slice(start).map((token) => token.key);
  const isTitle = HEAD_TITLES.some((words) => words.length === piece.length && words.every((word, offset) => piece[offset] === word));
  if (!isTitle) return [...leftover];
  // "Bộ trưởng, Chủ nhiệm" before "Văn phòng Chính phủ": one head with two titles.
  const before = leftover.slice(0, start);
  const shorter = before.length > 0 && (before[before.length - 1] as TToken).key === ',' ? withoutHeadTitle(before.slice(0, -1)) : null;
  return shorter !== null && shorter.length < before.length - 1 ? shorter : before;
}

/**
 * How many words at index are a head's titles standing for the body named right after them:
 * "Chủ tịch" before "Ủy ban nhân dân …", "Bộ trưởng, Chủ nhiệm" before "Văn phòng Chính phủ",
 * "Tổng" before "Thanh tra Chính phủ"; 0 when none.
 */
function headTitleLength(piece: readonly TToken[], index: number): number {
  const top = TOP_OF.find((words) => words.every((word, offset) => piece[index + offset]?.key === word));
  if (top !== undefined) return 1;
  const title = HEAD_TITLES.find((head) => piece.length > index + head.length && head.every((word, offset) => piece[index + offset]?.key === word));
  if (title === undefined) return 0;
  const after = index + title.length;
  if (startsName(piece, after)) return title.length;
  const more = piece[after]?.key === ',' ? headTitleLength(piece, after + 1) : 0;
  return more > 0 ? title.length + 1 + more : 0;
}

function quote(text: string, tokens: readonly TToken[], index: number, length: number): string {
  const first = tokens[index] as TToken;
  const last = tokens[index + length - 1] as TToken;
  return text.slice(first.start, last.end);
}

const NATIONAL_BEFORE = [['tổng'], ['trung', 'ương']].map((words) => words.map((word) => nameKey(word)));
const NATIONAL_AFTER = [['việt', 'nam'], ['trung', 'ương'], ['toàn', 'quốc']].map((words) => words.map((word) => nameKey(word)));

/** Whether the words right before a registry name ("Tổng", "Trung ương") or right after it ("Việt Nam", "Trung ương") make it another, national body. */
function widensToNational(leftover: readonly TToken[], tokens: readonly TToken[], after: number): boolean {
  const before = leftover.map((token) => token.key);
  const opens = NATIONAL_BEFORE.some((words) => words.length <= before.length && words.every((word, offset) => before[before.length - words.length + offset] === word));
  return opens || NATIONAL_AFTER.some((words) => wordsAt(tokens, after, words));
}

/**
 * Whether the words left over since the last separator are only the first word(s) of a name
 * ("Bộ" before "Công an"): a registry name found right after them is the rest of another name
 * ("Bộ Công an" is not "Công an tỉnh").
 */
function opensName(leftover: readonly TToken[]): boolean {
  let start = leftover.length;
  while (start > 0 && !SEPARATORS.has((leftover[start - 1] as TToken).key)) start -= 1;
  const piece = leftover.slice(start).map((token) => token.key);
  return piece.length > 0 && NAME_STARTS.some((words) => words.length === piece.length && words.every((word, offset) => piece[offset] === word));
}

/** Whether the tokens from `index` on are these words (keys). */
function wordsAt(tokens: readonly TToken[], index: number, words: readonly string[]): boolean {
  return words.every((word, offset) => tokens[index + offset]?.key === word);
}

const CITY = ['thành', 'phố'].map((word) => nameKey(word));
const PROVINCE = [nameKey('tỉnh')];
/** "tỉnh", "thành phố", "TP" after a name, closing it (a separator or the end follows): the words to take with the name. */
/** "Sở, ban, ngành thuộc Ủy ban nhân dân Thành phố": whose they are, not another name. */
const BELONGING = [
  ['thuộc', 'ủy', 'ban', 'nhân', 'dân', 'thành', 'phố'],
  ['thuộc', 'ủy', 'ban', 'nhân', 'dân', 'tỉnh'],
  ['thuộc', 'ubnd', 'thành', 'phố'],
  ['thuộc', 'ubnd', 'tỉnh'],
  // "Các Sở, ban, ngành của Thành phố", "… cấp tỉnh".
  ['thuộc', 'thành', 'phố'],
  ['thuộc', 'tỉnh'],
  ['của', 'thành', 'phố'],
  ['của', 'tỉnh'],
  ['cấp', 'tỉnh'],
  ['cấp', 'thành', 'phố'],
  // "… các tổ chức chính trị - xã hội trực thuộc".
  ['trực', 'thuộc'],
].map((words) => words.map((word) => nameKey(word)));
/** "Sở Y tế các tỉnh, thành phố trực thuộc Trung ương", "Công an các tỉnh": that body in every province, one name. */
const IN_EVERY_PROVINCE = ['các tỉnh, thành phố trực thuộc Trung ương', 'các tỉnh, thành phố trực thuộc TƯ', 'các tỉnh, thành phố', 'các tỉnh, thành', 'các tỉnh'].map((words) => nameKey(words).split(' '));
const PLACE_QUALIFIERS = [...IN_EVERY_PROVINCE, ...BELONGING, CITY, [nameKey('tỉnh')], [nameKey('tp')]];
function placeQualifierAt(tokens: readonly TToken[], index: number): number {
  for (const words of PLACE_QUALIFIERS) {
    const after = tokens[index + words.length];
    if (wordsAt(tokens, index, words) && (after === undefined || SEPARATORS.has(after.key))) return words.length;
  }
  return 0;
}

/** "Trung ương", "Việt Nam" after a name make a national body, not a province's. */
const NATIONAL_WORDS = new Set(['trung', 'ương', 'việt', 'nam'].map((word) => nameKey(word)));
const PLACE_WORDS = [[nameKey('tỉnh')], CITY, [nameKey('tp')], []];

/**
 * "Sở Y tế Hà Nội", "Công an tỉnh Hà Tĩnh": a place's own name (up to three capitalised words,
 * after "tỉnh" or "thành phố" or none) closing a known name (a separator or the end follows)
 * qualifies it: the words to take with the name.
 */
function placeNameAt(tokens: readonly TToken[], index: number, text: string): number {
  for (const words of PLACE_WORDS) {
    if (!wordsAt(tokens, index, words)) continue;
    let length = words.length;
    while (length - words.length < 3) {
      const token = tokens[index + length];
      if (token === undefined || !/^\p{Lu}\p{Ll}*$/u.test(text.slice(token.start, token.end)) || NATIONAL_WORDS.has(token.key) || startsName(tokens, index + length)) break;
      length += 1;
    }
    const after = tokens[index + length];
    if (length > words.length && (after === undefined || SEPARATORS.has(after.key))) return length;
  }
  return 0;
}

/** Words that open where units act ("tại khu vực biên giới"), not a name. */
// "… các tỉnh, thành phố từ Hà Tĩnh đến Quảng Ngãi": which of them, not another name.
const PLACE_PREPOSITIONS = new Set(['tại', 'trên', 'ở', 'trong', 'từ'].map(nameKey));
const KHU = nameKey('khu');
const CAC = nameKey('các');

function startsName(tokens: readonly TToken[], index: number): boolean {
  // "Ban Quản lý Khu kinh tế và các Khu công nghiệp": "các Khu …" goes on with the name.
  if (tokens[index]?.key === CAC && tokens[index + 1]?.key === KHU) return false;
  return NAME_STARTS.some((start) => start.every((word, offset) => tokens[index + offset]?.key === word) && (start.length > 1 || start[0] !== 'ban' || /\p{L}/u.test(tokens[index + 1]?.key ?? '')));
}

/**
 * "Thành phố Hồ Chí Minh" after a comma is a city of its own ("UBND thành phố Hà Nội, Thành phố
 * Hồ Chí Minh"), written with a capital; "các tỉnh, thành phố khác" continues one name.
 */
function startsCityName(tokens: readonly TToken[], index: number, text: string): boolean {
  const first = tokens[index];
  if (first === undefined) return false;
  // "…, tỉnh Quảng Ngãi", "… và thành phố Huế": a province or city named, its name capitalised.
  const kind = wordsAt(tokens, index, CITY) ? CITY.length : wordsAt(tokens, index, PROVINCE) ? PROVINCE.length : 0;
  if (kind === 0) return false;
  const named = tokens[index + kind];
  const isCapital = (at: number) => text.charAt(at) !== text.charAt(at).toLowerCase();
  return isCapital(first.start) ? kind === CITY.length : named !== undefined && isCapital(named.start);
}

const UNIT_WORDS = nameKey('đơn vị').split(' ');
const COLLECTIVE_START = new Set(['các', 'những', 'mọi'].map(nameKey));

/** "Sở Nông nghiệp và Môi trường, đơn vị được lựa chọn …": a unit after a named agency is another name; in "Các sở, ngành, đơn vị" it is one more member of the list. */
function startsUnitAfterNamedAgency(tokens: readonly TToken[], index: number, current: readonly TToken[]): boolean {
  const first = current.find((token) => !SEPARATORS.has(token.key));
  return first !== undefined && !COLLECTIVE_START.has(first.key) && UNIT_WORDS.every((word, offset) => tokens[index + offset]?.key === word);
}

/**
 * "…, Chủ tịch Ủy ban nhân dân các tỉnh", "…, Giám đốc Sở …": the head of one body after a
 * separator opens another name (the head stands for the body). "Bộ trưởng, Thủ trưởng cơ quan
 * ngang bộ" stays one list of heads.
 */
function startsHeadTitle(tokens: readonly TToken[], index: number): boolean {
  return BODY_HEADS.some((head) => wordsAt(tokens, index, head));
}

/** "…, VTV, VOV, TTXVN": an abbreviation standing alone between separators is a body's name of its own. */
function isAbbreviationAlone(tokens: readonly TToken[], index: number, text: string): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  return token !== undefined && /^\p{Lu}{2,6}$/u.test(text.slice(token.start, token.end)) && (next === undefined || SEPARATORS.has(next.key));
}

/** Splits tokens no registry name covered into names, dropping separators and vague phrases. */
function unknownNames(tokens: readonly TToken[], text: string): TAgencyMention[] {
  const pieces: TToken[][] = [];
  let current: TToken[] = [];
  tokens.forEach((token, index) => {
    const isBreak =
      token.key === ';' ||
      token.key === '(' ||
      token.key === ')' ||
      (SEPARATORS.has(token.key) && (startsName(tokens, index + 1) || startsCityName(tokens, index + 1, text) || startsUnitAfterNamedAgency(tokens, index + 1, current) || startsHeadTitle(tokens, index + 1) || isAbbreviationAlone(tokens, index + 1, text)));
    if (isBreak) {
      pieces.push(current);
      current = [];
    } else current.push(token);
  });
  pieces.push(current);
  return pieces.flatMap((piece) => {
    // "Chủ tịch UBND các xã, phường", "Thủ trưởng các cơ quan": the head stands for the body.
    // Only before a body's name: "Trưởng Ban Chỉ đạo" is the head himself.
    const body = trimSeparators(piece.slice(headTitleLength(piece, 0)));
    const words = body.every((token) => VAGUE_WORDS.has(token.key) || SEPARATORS.has(token.key)) ? trimSeparators(piece) : body;
    if (words.length === 0 || words.every((token) => VAGUE_WORDS.has(token.key) || SEPARATORS.has(token.key))) return [];
    // "… có liên quan tại khu vực biên giới": where they act, not another name.
    if (PLACE_PREPOSITIONS.has((words[0] as TToken).key)) return [];
    const written = text.slice((words[0] as TToken).start, (words[words.length - 1] as TToken).end);
    // "Phòng Thương mại và Công nghiệp Việt Nam (VCCI)": the abbreviation in brackets is the name again.
    if (/^\p{Lu}[\p{Lu}\d&-]{1,11}$/u.test(written) && text.slice(0, (words[0] as TToken).start).trimEnd().endsWith('(')) return [];
    return [{ code: null, written, isGroup: isCollective(written) }];
  });
}

function trimSeparators(tokens: readonly TToken[]): TToken[] {
  let start = 0;
  let end = tokens.length;
  while (start < end && SEPARATORS.has((tokens[start] as TToken).key)) start += 1;
  while (end > start && SEPARATORS.has((tokens[end - 1] as TToken).key)) end -= 1;
  return tokens.slice(start, end);
}
