// A section III point names its actors: "1. Sở Lao động - Thương binh và Xã hội", "2. Các Sở,
// ban, ngành thuộc Ủy ban nhân dân tỉnh: Căn cứ …" (the duty follows the colon), "4. Đề nghị Ủy
// ban Mặt trận Tổ quốc …" (a request to bodies the People's Committee cannot order).
import { withoutKindListColons } from './kind-lists';
import type { TMandate } from './read-assignment';

export interface TDutyHeading {
  /** The heading as the group title: the actors, without an inline duty. */
  title: string;
  /** The actors' names, without "Đề nghị" or "Trách nhiệm của". */
  actors: string;
  mandate: TMandate;
  /** The duty written after the colon, if the heading carries one. */
  inlineDuty: string | null;
}

/** "Ủy ban nhân dân các tỉnh: Quảng Trị, Huế:": a kind of body, then the places it names, then the heading's own colon. */
const NAMES_AFTER_KIND = /^(?:(?:[Yy]êu cầu|[Gg]iao|[Đđ]ề nghị)\s+)?(?:[Ủủ]y|[Uu]ỷ) ban nhân dân các (?:tỉnh|thành phố|xã|phường)[^:]{0,20}:(?:\s*\p{Lu}[\p{L}\s-]*,)+\s*\p{Lu}[\p{L}\s-]*:\s*$/u;

/** A colon further in than this ends a sentence, not a list of actors. */
const LONGEST_ACTOR_LIST = 200;

export function readDutyHeading(written: string): TDutyHeading {
  // "Đề nghị: Hội Nông dân tỉnh, …": the colon after "Đề nghị" opens the names, not a duty.
  // "Các Sở: Y tế, Giáo dục và Đào tạo:": the first colon opens the list of names.
  const heading = withoutKindListColons(written).replace(/^(đề nghị|yêu cầu|giao)\s*:\s*/iu, '$1 ');
  // "Ủy ban nhân dân các tỉnh: Quảng Trị, Huế, Đà Nẵng:": the first colon opens the names, the last one the duties.
  const colon = NAMES_AFTER_KIND.test(heading) ? heading.lastIndexOf(':') : heading.indexOf(':');
  const hasInlineDuty = colon > 0 && colon < LONGEST_ACTOR_LIST && heading.slice(colon + 1).trim() !== '';
  const title = (hasInlineDuty ? heading.slice(0, colon) : heading).replace(/[\s:]+$/u, '').trim();
  const mandate: TMandate = /^đề nghị(?=\s)/iu.test(title) ? 'request' : 'order';
  // "Các đơn vị cấp nước sạch trên địa bàn thành phố có trách nhiệm": the names, not their duty.
  const actors = title.replace(/^(?:đề nghị|yêu cầu|trách nhiệm của|nhiệm vụ của)\s+/iu, '').replace(/^(?:[Tt]rách nhiệm|[Nn]hiệm vụ)\s+(?=\p{Lu})/u, '').replace(/^((?:ủy|uỷ) ban nhân dân các (?:tỉnh|thành phố|xã|phường)[^:]*?)\s*:\s*/iu, '$1 ').replace(/\s+(?:có|chịu) trách nhiệm(?:\s+(?:thực hiện|như sau))?[\s.]*$/iu, '');
  return { title, actors, mandate, inlineDuty: hasInlineDuty ? heading.slice(colon + 1).trim() : null };
}

/** "Ủy ban nhân dân các tỉnh: Quảng Trị, Huế, Đà Nẵng:" over bullets: a heading that names the bodies, by kind and places. */
export function namesBodiesByPlace(heading: string): boolean {
  return NAMES_AFTER_KIND.test(heading);
}
