// "các Bộ: Quốc phòng, Công an", "các Sở: Tài chính, Nông nghiệp và Môi trường", "Ủy ban nhân
// dân các tỉnh: Quảng Trị, Huế": one kind of body written once, then the fields or places that
// tell each apart. Spelled out ("Bộ Quốc phòng, Bộ Công an", "Ủy ban nhân dân tỉnh Quảng Trị, Ủy
// ban nhân dân thành phố Huế"), the list reads as any other list of names; its colon opens the
// list, not a duty.

/** Fields whose own name holds "và" or a comma, so the list is not cut inside them. */
const JOINED_FIELDS = [
  'Nông nghiệp và Môi trường',
  'Nông nghiệp và Phát triển nông thôn',
  'Tài nguyên và Môi trường',
  'Văn hóa, Thể thao và Du lịch',
  'Văn hoá, Thể thao và Du lịch',
  'Lao động - Thương binh và Xã hội',
  'Khoa học và Công nghệ',
  'Giáo dục và Đào tạo',
  'Kế hoạch và Đầu tư',
  'Thông tin và Truyền thông',
  'Dân tộc và Tôn giáo',
].map((field) => field.normalize('NFC'));

/** A colon between "các Bộ", "các Sở", "các tỉnh" and the fields or places after it: "Giao các Sở: Tài chính, Xây dựng …". */
const KIND_LIST_COLON = /(?<=(?:^|\s)[Cc]ác\s+(?:Bộ|bộ|Sở|sở|tỉnh|tỉnh,\s*thành phố|thành phố|Bộ trưởng|Bộ trưởng các Bộ|Giám đốc các Sở))\s*:\s*(?=\p{Lu}[^:;.()]*?(?:,|\svà\s))/gu;

/** The text with the colon of each "các Bộ: …" list taken out, for reading where the names end. */
export function withoutKindListColons(text: string): string {
  return text.normalize('NFC').replace(KIND_LIST_COLON, ' ');
}

/** What opens a body's own name: it ends the list of fields ("các Sở Tài chính, Xây dựng, Ủy ban nhân dân các xã"). */
const BODY_NAME = /^(?:Ủy ban|Uỷ ban|UBND|Sở|Bộ|Ban|Cục|Chi cục|Trung tâm|Hội|Mặt trận|Liên đoàn|Tỉnh đoàn|Thành đoàn|Đoàn|Đài|Báo|Viện|Ngân hàng|Kho bạc|Bảo hiểm|Văn phòng|Thanh tra|Công an tỉnh|Công an thành phố|Các|các|Chủ tịch|Giám đốc|Thủ trưởng)(?=\s|$)/u;

/**
 * "các Bộ: Quốc phòng, Công an và Y tế" (with or without its colon) → "Bộ Quốc phòng, Bộ Công an
 * và Bộ Y tế"; the heads stand for their bodies ("Các Bộ trưởng: …", "Bộ trưởng các Bộ: …",
 * "Giám đốc các Sở: …"). The matcher writes out other kinds ("các Cục …", "các Trung tâm …").
 */
export function spellOutKindLists(text: string): string {
  const source = withoutKindListColons(text)
    .replace(/(?<![\p{L}])(?:[Cc]ác\s+Bộ trưởng(?:\s+các\s+Bộ)?|Bộ trưởng\s+các\s+Bộ)\s+(?=\p{Lu})/gu, 'các Bộ ')
    .replace(/(?<![\p{L}])Giám đốc các Sở\s+(?=\p{Lu})/gu, 'các Sở ');
  return source.replace(/(?<![\p{L}])[Cc]ác\s+(Bộ|bộ|Sở|sở)\s+(\p{Lu}[^;:()]*)/gu, (whole, kind: string, rest: string) => {
    const fields = readFields(rest);
    if (fields.items.length < 2) return whole;
    const body = kind.charAt(0).toUpperCase() + kind.slice(1);
    const spelled = fields.items.map((item, index) => `${index === 0 ? '' : fields.joins[index - 1]}${body} ${item}`).join('');
    return `${spelled}${rest.slice(fields.end)}`;
  });
}

/** Words of a region's name ("Tây Nguyên", "Đông Nam Bộ", "Duyên hải miền Trung"), which is no province. */
const REGION = /(?:^|\s)(?:Bộ|Nguyên|[Mm]iền|[Vv]ùng|Đồng bằng|Duyên hải|[Bb]iên giới)(?:\s|$)/u;

/** The cities governed from the centre: "thành phố", where the other provinces are "tỉnh". */
const CITIES = ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'];

/**
 * "Ủy ban nhân dân các tỉnh: Quảng Trị, Huế, Đà Nẵng", "Các tỉnh Nghệ An, Quảng Ngãi": the body
 * (or the province) of each place → "Ủy ban nhân dân tỉnh Quảng Trị, Ủy ban nhân dân thành phố
 * Huế, …". A place written with its own kind ("Thành phố Hồ Chí Minh") keeps it.
 */
export function spellOutPlaceLists(text: string): string {
  return text.normalize('NFC').replace(/((?:(?:Chủ tịch\s+)?(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+)?)[Cc]ác\s+(?:tỉnh(?:,\s*thành phố)?|thành phố)(?:\s+trực thuộc (?:trung ương|Trung ương))?\s*:?\s*(\p{Lu}[^;:()]*)/gu, (whole, body: string, rest: string) => {
    const places = readFields(rest);
    // "các tỉnh Tây Nguyên, Đông Nam Bộ": regions, not provinces.
    if (places.items.length < 2 || places.items.some((place) => REGION.test(place))) return whole;
    const spelled = places.items.map((place, index) => {
      const own = /^(?:[Tt]ỉnh|[Tt]hành phố)\s/u.test(place);
      const kind = own ? '' : CITIES.includes(place) ? 'thành phố ' : 'tỉnh ';
      return `${index === 0 ? '' : places.joins[index - 1]}${body}${kind}${place}`;
    });
    return `${spelled.join('')}${rest.slice(places.end)}`;
  });
}

/** The fields at the start of a list, the words joining them (", ", " và "), and where the list ends. */
function readFields(rest: string): { items: string[]; joins: string[]; end: number } {
  const items: string[] = [];
  const joins: string[] = [];
  let at = 0;
  for (;;) {
    const remaining = rest.slice(at);
    if (!/^\p{Lu}/u.test(remaining) || BODY_NAME.test(remaining)) break;
    const joined = JOINED_FIELDS.find((field) => remaining.startsWith(field) && !/^[\p{L}\p{N}]/u.test(remaining.slice(field.length)));
    const next = /,\s*|\s+và\s+/u.exec(remaining);
    const length = joined?.length ?? (next === null ? remaining.length : next.index);
    items.push(remaining.slice(0, length).trim());
    at += length;
    const join = /^(?:,\s*|\s+và\s+)/u.exec(rest.slice(at));
    if (join === null || !/^\p{Lu}/u.test(rest.slice(at + join[0].length)) || BODY_NAME.test(rest.slice(at + join[0].length))) break;
    joins.push(join[0].includes('và') ? ' và ' : ', ');
    at += join[0].length;
  }
  return { items, joins, end: at };
}
