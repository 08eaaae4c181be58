// Who a sentence or a heading names as its actor, from the words alone (no registry): plans put
// the lead at the start of a task ("Sở Xây dựng chủ trì …", "Ủy ban nhân dân cấp xã thành lập
// …", "Sở Công Thương: hướng dẫn …") or make a heading of it ("1.2. Sở Tài chính", "Trách
// nhiệm của Sở Y tế", "Đối với Ủy ban nhân dân các cấp:"), and the tasks below belong to it.
import type { TRawAssignment } from './read-assignment';
import { withoutKindListColons } from './kind-lists';

/** First words of an agency's name or of a collective ("Các sở, ngành", "Ủy ban nhân dân các cấp"). */
const ACTOR_START =
  /^(?:các\s+|những\s+)?(?:sở|bộ|ủy ban|uỷ ban|ubnd|ban(?!\s+hành)|công an|bộ chỉ huy|bộ đội|văn phòng|thanh tra|đài|trung tâm|cục|chi cục|tổng cục|vụ(?!\s+(?:việc|án|mùa|lúa|kiện|đông|xuân|hè|thu)(?![\p{L}]))|bảo hiểm|ngân hàng|kho bạc|viện kiểm sát|viện|hội(?!\s+(?:nghị|thảo|thi|diễn|đồng nhân dân các cấp tổ chức))|liên đoàn|hiệp hội|liên minh|liên hiệp|tỉnh đoàn|thành đoàn|đoàn(?!\s+kết)|mặt trận|bệnh viện|trưởng ban|phó trưởng ban|chủ tịch|thủ trưởng|tổng giám đốc|giám đốc|thống đốc|tổng thanh tra|tổng kiểm toán|chủ nhiệm|(?:phó\s+)?thủ tướng|tòa án|toà án|hội đồng|cơ quan|đơn vị|chính quyền|địa phương|tổ công tác|tổ giúp việc|thành viên|bộ phận|kiểm toán|tập đoàn|tổng công ty|công ty|đại học|học viện|người đứng đầu|thường trực|báo(?!\s+cáo)|cổng thông tin|bộ,|sở,|trung ương|tổng liên đoàn|bhxh|doanh nghiệp|hợp tác xã|(?<=các\s+)tổ chức|cơ sở(?=\s+(?:khám|kcb|y tế|giáo dục|đào tạo|bảo trợ|trợ giúp|cai nghiện)(?![\p{L}\p{N}]))|chủ đầu tư(?!\s+(?:xây dựng|kinh doanh))|bên mời thầu|nhà thầu|tổ chuyên gia|tổ thẩm định|trạm y tế|thuế(?=\s+(?:tỉnh|thành phố|cơ sở|khu vực)))(?=[\s,]|$)/iu;

/** "Các tỉnh Nghệ An, Quảng Ngãi …", "Thành phố Hà Nội và …", "Tỉnh Lâm Đồng …": provinces named as the actors. */
const PLACE_START = /^(?:[Cc]ác\s+)?(?:[Tt]ỉnh|[Tt]hành phố)\s+\p{Lu}/u;

/**
 * Words that begin what the actor does: the actor's name ends before the first of them. Written
 * in lower case and matched so: in a name they are capitalised ("Sở Xây dựng", "Ban Quản lý").
 */
const ACTION =
  /\s(?:cần|phải|chủ trì|phối hợp|tổ chức(?!\s+(?:có\s+)?liên quan|\s+xã hội|\s+chính trị|\s+thành viên|\s+đoàn thể|,)|triển khai|thực hiện|xây dựng|chủ động|hướng dẫn|thành lập|rà soát|tham mưu|chỉ đạo|nghiên cứu|có trách nhiệm|chịu trách nhiệm|là cơ quan|là đầu mối|làm đầu mối|(?<!(?:[Cc]ơ quan|[Đđ]ơn vị)\s)đầu mối|tiếp tục|tiến hành|quan tâm|gửi|trên cơ sở|kiểm tra|theo dõi|bố trí|đảm bảo|bảo đảm|căn cứ|ban hành|cập nhật|tăng cường|đẩy mạnh|(?<![Bb]an\s)quản lý|giám sát|phát huy|lập|tổng hợp|tổng kết|sơ kết|báo cáo|cung cấp|hỗ trợ|ưu tiên|huy động|phổ biến|tuyên truyền|đôn đốc|nâng cao|thống kê|(?<!(?:quá|lộ|chương|quy|công|tờ|giáo|hành)\s)trình|đề xuất|nắm|phát động|vận động|khẩn trương|tập trung|thường xuyên|định kỳ|hoàn thành|tích cực|sử dụng|phân công|quyết định|ứng dụng|(?<!Ngoại\s)giao|cử|xác định|bổ sung|điều chỉnh|khảo sát|đánh giá|kịp thời|duy trì|phát triển|thúc đẩy|sắp xếp|hoàn thiện|chuẩn bị|lồng ghép|(?<![Xx]úc tiến\s|[Cc]hủ\s|[Nn]hà\s)đầu tư|kiện toàn|tiếp nhận|chịu|được|(?<![Tt]ổ\s)thẩm định|thu thập|biên tập|chuẩn hóa|chuẩn hoá|số hóa|số hoá|xử lý|vận hành|góp ý|lấy ý kiến|theo chức năng|trong phạm vi|mở|cấp phát|chi trả|phát hành|ký kết|khắc phục|tập huấn|biểu dương|tôn vinh|treo|ra quân|lựa chọn|đăng ký|thông báo|công bố|công khai|phân bổ|ngăn chặn|xử phạt|tham gia|sơ tán|mua sắm|giải ngân|thanh toán|nâng cấp|cải tạo|sửa chữa|tiếp cận|dọn dẹp|nghiêm túc|tiên phong|đi đầu|dẫn dắt|(?<!(?:[Tt]rung tâm|[Gg]iám sát,?)\s)điều hành|(?<!kết quả\s)giải quyết|trực tiếp|đẩy nhanh|quyết liệt|xem xét|theo nhiệm vụ|theo lĩnh vực|theo thẩm quyền|trước ngày|ngay)(?=[\s,.;:]|$)/u;

/** "Tổ chức lực lượng …", "Rà soát …": a sentence that opens with what to do. */
export function opensWithAction(text: string): boolean {
  const opening = text.trim();
  return ACTION.exec(` ${opening.charAt(0).toLowerCase()}${opening.slice(1)}`)?.index === 0;
}

/** "phối hợp", "phối hợp chặt chẽ với", "phối hợp, hỗ trợ": the words that name coordinators after them. */
export const COORDINATION_WORDS = 'phối hợp(?: chặt chẽ)?(?:,?\\s+(?:và\\s+)?hỗ trợ)?(?: với| cùng)?';
const COORDINATION_SPLIT = new RegExp(`\\s+(?:chủ trì,?\\s+)?${COORDINATION_WORDS}\\s+`, 'iu');
const OPENS_WITH_COORDINATION = new RegExp(`^(?:chủ trì,?\\s+)?${COORDINATION_WORDS}\\s+(.*)$`, 'iu');
const COORDINATION_LATER = new RegExp(`(?:^|,\\s*|\\s)(?:và\\s+)?${COORDINATION_WORDS}\\s+(.*)$`, 'iu');

/**
 * Words read where a name was expected that name nobody: a verb ("kịp thời phản ánh về", "gửi Bộ
 * Tài chính tổng hợp"), "để xem xét", "nghiêm túc", a word cut from another ("bố" of "công bố"),
 * or a product cell taken for a name ("Đề xuất ban hành", "Thành lập Ban Chỉ đạo").
 */
export function namesNobody(written: string): boolean {
  const text = written.trim();
  return ACTION.exec(` ${text}`)?.index === 0 || /^(?:để|yêu cầu|nghiêm túc|lân cận|nhằm|chuyển)(?=[\s,.;:]|$)/u.test(text) || /^\p{Ll}{1,3}$/u.test(text) || /^(?:Đề xuất|Thành lập|Báo cáo|Kế hoạch|Quyết định|Nghị định|Thông tư|Cơ chế|Đề án|Văn bản)(?=\s|$)/u.test(text);
}

/** "Các đồng chí Bộ trưởng, Thủ trưởng …": the form of address is no part of the name. */
const FORM_OF_ADDRESS = /^(?:các\s+)?đồng chí\s+/iu;

/** A clause before the actor: "Căn cứ …,", "Trên cơ sở …,", "Hằng năm,", and "Để …,", "Đối với …," (commas of their own allowed). */
const OPENING_CLAUSE = /^(?:(?:căn cứ|trên cơ sở|hằng năm|hàng năm|định kỳ)[^,;.:]{0,160}|(?:để|nhằm|đối với|về)\s[^;.:]{0,240}?),\s+(?=(?:các|những|sở|bộ|ủy ban|uỷ ban|ubnd|ban|cơ quan|đơn vị)\s)/iu;

/** Where the coordinators' names end: an action, or "trong việc", "để", "nhằm". */
const COORDINATORS_END = new RegExp(`${ACTION.source.replace('(?:', '(?:trong việc|trong quá trình|để|nhằm|về việc|trong công tác|')}`, 'u');

/** "… các đơn vị có liên quan" followed by lower-case words that are not more names: what they do. */
export const AFTER_CONCERNED = /(?:có )?liên quan(?=\s+(?!(?:và|hoặc|cùng|với|trên|tại|thuộc|trực thuộc|của|khác)\s)\p{Ll})/u;

/** Where the coordinators' names end in the words after "phối hợp với": an action, or what follows "… có liên quan". */
function coordinatorsEnd(coordinated: string): number | null {
  const action = COORDINATORS_END.exec(` ${coordinated}`);
  const concerned = AFTER_CONCERNED.exec(coordinated);
  const ends = [action === null || action.index <= 0 ? null : action.index - 1, concerned === null ? null : concerned.index + concerned[0].length].filter((end): end is number => end !== null);
  return ends.length === 0 ? null : Math.min(...ends);
}

/** Longer than this, the words before the action are a sentence, not a list of names. */
const LONGEST_NAMES_IN_WORDS = 35;

const words = (text: string) => text.split(/\s+/u).filter((word) => word !== '').length;

/** "… trong phạm vi chức năng, nhiệm vụ của mình …", "… theo chức năng, nhiệm vụ, thẩm quyền" among names: what they act within, not a name. */
export const SCOPE_OF_DUTIES = /\s*(?:trong phạm vi|theo)\s+chức năng,?\s+nhiệm vụ(?:,?\s+(?:quyền hạn|thẩm quyền))?(?:\s+(?:quản lý|được giao|được phân công|của mình|của đơn vị))*(?=[\s,;.]|$)/giu;

/** The actor's names as the document writes them, without asides: "(gồm các Sở: …)", "- Cơ quan thường trực …". */
export function cleanActorNames(names: string): string {
  return names
    .replace(/^(đề nghị|yêu cầu|giao)\s*:\s*/iu, '$1 ')
    .replace(/\([^()]*\)/gu, ' ')
    .replace(/\s+[-–]\s+(?:cơ quan|đơn vị|thường trực)(?![\p{L}\p{N}]).*$/iu, '')
    .replace(SCOPE_OF_DUTIES, '')
    // "Các đơn vị cấp nước sạch trên địa bàn thành phố có trách nhiệm": the names, not their duty.
    .replace(/\s+(?:có|chịu) trách nhiệm(?:\s+(?:thực hiện|như sau))?[\s:.]*$/iu, '')
    .replace(/^(?:trách nhiệm|nhiệm vụ)(?: của)?\s+|^(?:đối với|giao|đề nghị|yêu cầu)\s+/iu, '')
    .replace(FORM_OF_ADDRESS, '')
    // "Bộ trưởng Bộ Công an", "Giám đốc Sở Y tế", "Chủ tịch Ủy ban nhân dân tỉnh": the head stands for the agency.
    .replace(/^(?:Bộ trưởng(?=\s+Bộ\s)|Giám đốc(?=\s+Sở\s)|Chủ tịch(?=\s+(?:Ủy ban|UBND)\s))\s+/u, '')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s,;:.]+|[\s,;:.]+$/gu, '');
}

export function startsWithActor(text: string): boolean {
  return ACTOR_START.test(cleanActorNames(text));
}

/** "X phối hợp (với) Y": the lead and the coordinators of a list of names. */
function splitCoordination(names: string, line: string): TRawAssignment {
  const split = COORDINATION_SPLIT.exec(names);
  const leadText = cleanActorNames(split === null ? names.replace(/\s+chủ trì$/iu, '') : names.slice(0, split.index));
  const coordinatorText = split === null ? null : cleanActorNames(names.slice(split.index + split[0].length));
  return { form: 'lead', line, leadText, coordinatorText, mandate: 'order' };
}

/**
 * The actor a task opens with: "Sở Công Thương: hướng dẫn …" (names before a colon), or "Sở
 * Xây dựng chủ trì, phối hợp với …" / "Ủy ban nhân dân cấp xã thành lập …" (names before the
 * first action word). null when the task does not open with an agency's name.
 */
export function readLeadingActor(text: string, afterOpeningClause = false): TRawAssignment | null {
  // "Căn cứ nội dung Kế hoạch này và tình hình thực tiễn, các sở, ngành …", "Hằng năm, Sở Y tế …":
  // the actor comes after the opening clause (where no heading names the actor already).
  // "Khuyến khích Hội Nông dân tỉnh …": those encouraged are asked to act, as after "Đề nghị".
  // "Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo …": that colon opens a list of names.
  const withoutMandate = withoutKindListColons(text).replace(/^(?:giao|đề nghị|yêu cầu|khuyến khích)\s+/iu, '').replace(FORM_OF_ADDRESS, '');
  const opening = afterOpeningClause ? withoutMandate.replace(OPENING_CLAUSE, '') : withoutMandate;
  if (!ACTOR_START.test(opening) && !PLACE_START.test(opening)) return null;
  const mandate = /^(?:đề nghị|khuyến khích)\s/iu.test(text) ? 'request' : 'order';
  const colon = opening.indexOf(':');
  const action = ACTION.exec(` ${opening}`);
  const actionAt = action === null ? -1 : action.index;
  if (colon > 0 && (actionAt < 0 || colon < actionAt || /phối hợp/iu.test(opening.slice(0, colon))) && words(opening.slice(0, colon)) <= LONGEST_NAMES_IN_WORDS) {
    return { ...splitCoordination(opening.slice(0, colon), text), mandate };
  }
  if (actionAt <= 0 || words(opening.slice(0, actionAt)) > LONGEST_NAMES_IN_WORDS) return null;
  const names = opening.slice(0, actionAt);
  const afterNames = opening.slice(actionAt).trim();
  const withCoordination = OPENS_WITH_COORDINATION.exec(afterNames);
  if (withCoordination !== null) {
    const coordinated = withCoordination[1] as string;
    const end = coordinatorsEnd(coordinated);
    const coordinatorText = cleanActorNames(end === null ? (coordinated.split(/[;.]/u)[0] as string) : coordinated.slice(0, end));
    return { form: 'lead', line: text, leadText: cleanActorNames(names), coordinatorText: coordinatorText === '' ? null : coordinatorText, mandate };
  }
  return { form: 'lead', line: text, leadText: cleanActorNames(names), coordinatorText: coordinatorsLater(afterNames), mandate };
}

/** "…, phối hợp với Y …" further on in the task's first sentence: the coordinators Y. */
export function coordinatorsLater(text: string): string | null {
  const sentence = text.split(/[;.]\s/u)[0] as string;
  // "phối hợp với Y", and "Phối hợp Công an tỉnh …" without "với" (the names are checked below).
  const mark = COORDINATION_LATER.exec(sentence);
  if (mark === null) return null;
  const coordinated = mark[1] as string;
  const end = coordinatorsEnd(coordinated);
  const names = cleanActorNames(end === null ? coordinated : coordinated.slice(0, end));
  // "các Bộ: Nông nghiệp và Phát triển nông thôn, Xây dựng": the kind, its colon, then the names.
  if (names === '' || !(startsWithActor(withoutKindListColons(names)) || COORDINATOR_START.test(names))) return null;
  // "… phối hợp với các đơn vị liên quan tham mưu Ủy ban nhân dân tỉnh phối hợp Bộ Quốc phòng triển
  // khai …": a second "phối hợp" in the sentence names more coordinators; not after "chỉ đạo X"
  // ("… chỉ đạo hệ thống y tế cơ sở phối hợp với …"), where X is the one who coordinates.
  const rest = end === null ? '' : coordinated.slice(end);
  const more = rest === '' || /^\s*(?:chỉ đạo|hướng dẫn|đôn đốc|yêu cầu|đề nghị)(?=\s)/iu.test(rest) ? null : coordinatorsLater(rest);
  return more === null ? names : `${names}; ${more}`;
}

/** Whom a task is done with, named after "phối hợp với" though no agency: "các ngành liên quan", "cấp ủy, chính quyền các cấp", "lực lượng tại chỗ". */
const COORDINATOR_START = /^(?:các\s+|những\s+)?(?:ngành|cấp ủy|cấp uỷ|lực lượng|chủ đầu tư|nhà đầu tư|nhà trường|trường|cơ sở)(?=[\s,]|$)/iu;

/**
 * A heading that only names an actor ("1.2. Sở Tài chính - Cơ quan thường trực", "Trách nhiệm
 * của các sở, ban, ngành", "Đối với Ủy ban nhân dân các cấp:"): its names, or null when the
 * heading says what to do.
 */
export function readActorHeading(heading: string): string | null {
  const names = cleanActorNames(heading.replace(/:\s*$/u, ''));
  if (names === '' || heading.replace(/^(?:đề nghị|yêu cầu|giao)\s*:/iu, '').replace(/\([^()]*\)/gu, '').replace(/:\s*$/u, '').includes(':')) return null;
  // "Trách nhiệm của đối tượng thực hiện kiểm kê": the heading's own words say an actor follows.
  if (/^(?:trách nhiệm|nhiệm vụ) của\s/iu.test(heading.trim()) && words(names) <= LONGEST_NAMES_IN_WORDS) return names;
  // "Các cơ quan quản lý cấp trên", "các tổ chức cung cấp dịch vụ" describe their members with a verb; any other name has none.
  // A sentence closed by its full stop ("Các doanh nghiệp nhà nước … tiên phong, dẫn dắt …") says what they do.
  const described = /^(?:các|những)\s+(?:cơ quan|đơn vị|tổ chức|doanh nghiệp)\s/iu.test(names) && !/\.\s*$/u.test(heading);
  if (!ACTOR_START.test(names) || (!described && ACTION.test(` ${names}`)) || words(names) > LONGEST_NAMES_IN_WORDS) return null;
  return names;
}
