// Agency names as documents write them, matched against a registry: any Unicode normalisation,
// any case, both tone-mark placements, abbreviations, and lists whose names contain commas.
import { describe, expect, it } from 'vitest';
import { AgencyMatcher, codeFromName, foldName, type TRegistryEntry } from '../../../../domain/importer';
import { AgencyResolver } from '../../../../domain/importer/agency-resolver';
import { importText, seedRegistry } from './import-helpers';

const registry = seedRegistry();
const seedEntries: TRegistryEntry[] = [
  ...registry.agencies.map((agency) => ({ code: agency.code, nameVi: agency.nameVi, aliases: agency.aliases, isGroup: false })),
  ...registry.groups.map((group) => ({ code: group.code, nameVi: group.nameVi, aliases: group.aliases, isGroup: true })),
];
const seedMatcher = new AgencyMatcher(seedEntries);
/** Registry names written with the tone mark on the other vowel than the documents below use. */
const toneMatcher = new AgencyMatcher([
  { code: 'CHI_CUC_THUY_LOI', nameVi: 'Chi cục Thuỷ lợi', aliases: [], isGroup: false },
  { code: 'SO_VHTT', nameVi: 'Sở Văn hóa và Thể thao', aliases: [], isGroup: false },
  { code: 'UBND_TINH', nameVi: 'Uỷ ban nhân dân tỉnh', aliases: [], isGroup: false },
]);

const codesIn = (matcher: AgencyMatcher, text: string) => matcher.readList(text).map((mention) => mention.code ?? `? ${mention.written}`);

describe('folding names', () => {
  it.each([
    ['hoá', 'hóa'],
    ['thuỷ', 'thủy'],
    ['Uỷ ban', 'ỦY BAN'],
    ['Sở Văn hoá, Thể thao và Du lịch', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'],
    ['Lao động - Thương binh', 'Lao động – Thương binh'],
    ['Lao động-Thương binh', 'Lao động - Thương binh'],
  ])('"%s" and "%s" fold to the same key', (first, second) => {
    expect(foldName(first)).toBe(foldName(second));
  });

  it('folds composed (NFC) and decomposed (NFD) text alike', () => {
    const name = 'Sở Giáo dục và Đào tạo';
    expect(foldName(name.normalize('NFD'))).toBe(foldName(name.normalize('NFC')));
  });

  it('keeps words with different tones or vowels apart', () => {
    expect(foldName('hóa')).not.toBe(foldName('hòa'));
    expect(foldName('Sở')).not.toBe(foldName('So'));
  });
});

describe('matching registry names', () => {
  it.each([
    ['Sở Lao động - Thương binh và Xã hội', 'SO_LDTBXH'],
    ['Sở LĐTBXH', 'SO_LDTBXH'],
    ['Sở LĐ-TB&XH', 'SO_LDTBXH'],
    ['Sở Lao động-Thương binh và Xã hội', 'SO_LDTBXH'],
    ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'SO_LDTBXH'],
    ['Sở GDĐT', 'SO_GDDT'],
    ['Sở GD&ĐT', 'SO_GDDT'],
    ['Sở VHTTDL', 'SO_VHTTDL'],
    ['Sở Văn hóa, Thể thao và Du lịch', 'SO_VHTTDL'],
    ['Sở Văn hoá, Thể thao và Du lịch', 'SO_VHTTDL'],
    ['Sở TTTT', 'SO_TTTT'],
    ['Sở TT&TT', 'SO_TTTT'],
    ['Sở KHĐT', 'SO_KHDT'],
    ['Sở Kế hoạch và Đầu tư', 'SO_KHDT'],
    ['Sở KH&CN', 'SO_KHCN'],
    ['UBND tỉnh', 'UBND_TINH'],
    ['Ủy ban nhân dân tỉnh', 'UBND_TINH'],
    ['Uỷ ban nhân dân tỉnh', 'UBND_TINH'],
    ['UBND các huyện, thành phố', 'ALL_DISTRICTS'],
    ['Ủy ban MTTQ Việt Nam tỉnh', 'MTTQ_TINH'],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'MTTQ_TINH'],
    ['Các Sở, ban, ngành', 'ALL_DEPARTMENTS'],
    ['Hội LHPN tỉnh', 'HOI_LHPN'],
  ])('"%s" → %s', (name, code) => {
    expect(seedMatcher.matchName(name)?.code).toBe(code);
    expect(seedMatcher.matchName(name.normalize('NFD'))?.code).toBe(code);
  });

  it('matches both tone-mark placements against a registry written in either', () => {
    expect(toneMatcher.matchName('Chi cục Thủy lợi')?.code).toBe('CHI_CUC_THUY_LOI');
    expect(toneMatcher.matchName('CHI CỤC THUỶ LỢI')?.code).toBe('CHI_CUC_THUY_LOI');
    expect(toneMatcher.matchName('Sở Văn hoá và Thể thao')?.code).toBe('SO_VHTT');
    expect(toneMatcher.matchName('Ủy ban nhân dân tỉnh')?.code).toBe('UBND_TINH');
    expect(toneMatcher.matchName('UBND tỉnh')?.code).toBe('UBND_TINH');
  });
});

describe('reading lists of names', () => {
  it('reads a ministry\'s departments ("Vụ …") one by one, a comma inside a name kept, and "Sở Y tế các tỉnh, thành phố" or "… trong toàn quốc" as one body', () => {
    expect(codesIn(seedMatcher, 'Văn phòng Bộ, Vụ Tổ chức cán bộ, Vụ Phổ biến, giáo dục pháp luật, Vụ Pháp luật dân sự - kinh tế và Cục Trợ giúp pháp lý')).toEqual([
      '? Văn phòng Bộ',
      '? Vụ Tổ chức cán bộ',
      '? Vụ Phổ biến, giáo dục pháp luật',
      '? Vụ Pháp luật dân sự - kinh tế',
      '? Cục Trợ giúp pháp lý',
    ]);
    expect(codesIn(seedMatcher, 'Sở Y tế các tỉnh, thành phố trực thuộc Trung ương, Bộ Công an')).toEqual(['SO_YT', '? Bộ Công an']);
    // A cell's bullets run into one line; a dash inside a name ("Vụ Pháp chế - Ủy ban Dân tộc") is kept.
    expect(codesIn(seedMatcher, '- Vụ Đất đai - Cục Quy hoạch và Phát triển tài nguyên đất - Sở Y tế')).toEqual(['? Vụ Đất đai', '? Cục Quy hoạch và Phát triển tài nguyên đất', 'SO_YT']);
    expect(codesIn(seedMatcher, 'Vụ Pháp chế - Ủy ban Dân tộc')).toEqual(['? Vụ Pháp chế - Ủy ban Dân tộc']);
    expect(codesIn(seedMatcher, 'Thủ trưởng các cơ sở khám bệnh, chữa bệnh trong toàn quốc')).toEqual(['? các cơ sở khám bệnh, chữa bệnh']);
  });

  it('does not take "Công an" in "Bộ Công an" for the registry\'s "Công an tỉnh"', () => {
    expect(seedMatcher.readList('Bộ Công an; Văn phòng Chính phủ').map((mention) => mention.written)).toEqual(['Bộ Công an', 'Văn phòng Chính phủ']);
    expect(seedMatcher.readList('Bộ Công an').map((mention) => mention.code)).toEqual([null]);
  });

  it('reads a table cell that lists its names as bullets, without the bullets', () => {
    expect(seedMatcher.readList('- Bộ Xây dựng;\n- Bộ Ngoại giao.').map((mention) => mention.written)).toEqual(['Bộ Xây dựng', 'Bộ Ngoại giao']);
  });

  it('splits a list whose names contain commas and "và"', () => {
    expect(codesIn(seedMatcher, 'Sở Văn hoá, Thể thao và Du lịch; Sở Giáo dục và Đào tạo, Ủy ban nhân dân các huyện, thành phố')).toEqual(['SO_VHTTDL', 'SO_GDDT', 'ALL_DISTRICTS']);
  });

  it('reads "các sở ngành, đơn vị, địa phương" as every department and every district', () => {
    expect(codesIn(seedMatcher, 'các sở ngành, đơn vị, địa phương')).toEqual(['ALL_DEPARTMENTS', 'ALL_DISTRICTS']);
  });

  it('keeps names it does not know, and "the agencies concerned", as written for the reviewer', () => {
    // The provincial Police is in the seed's registry since it took network security in 2025.
    expect(codesIn(seedMatcher, 'Sở LĐ-TB&XH, Công an tỉnh, Sở Tư pháp và các cơ quan, đơn vị có liên quan')).toEqual(['SO_LDTBXH', 'CONG_AN_TINH', '? Sở Tư pháp', '? các cơ quan, đơn vị có liên quan']);
    // Whole, not read as the registry's "địa phương" inside it, nor cut after "Các bộ,".
    expect(codesIn(seedMatcher, 'Sở Y tế; các cơ quan, đơn vị, địa phương liên quan')).toEqual(['SO_YT', '? các cơ quan, đơn vị, địa phương liên quan']);
    expect(codesIn(seedMatcher, 'Các bộ, ngành liên quan; UBND các tỉnh')).toEqual(['? Các bộ, ngành liên quan', '? UBND các tỉnh']);
    expect(codesIn(seedMatcher, 'Đài Phát thanh và Truyền hình tỉnh; Bảo hiểm xã hội tỉnh')).toEqual(['? Đài Phát thanh và Truyền hình tỉnh', '? Bảo hiểm xã hội tỉnh']);
  });

  it('reads "của Thành phố" and "cấp tỉnh" after a name as whose it is, not as a name', () => {
    expect(codesIn(seedMatcher, 'Các Sở, ban, ngành của Thành phố, Công an tỉnh')).toEqual(['ALL_DEPARTMENTS', 'CONG_AN_TINH']);
    expect(codesIn(seedMatcher, 'Các sở, ban, ngành cấp tỉnh; Sở Y tế')).toEqual(['ALL_DEPARTMENTS', 'SO_YT']);
    expect(codesIn(seedMatcher, 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội trực thuộc')).toEqual(['MTTQ_TINH', 'ALL_SOCIO_POLITICAL_ORGANISATIONS']);
  });

  it('writes out "Các Sở: Y tế, Tư pháp và Tài chính" for each body, a name with its own "và" or comma kept whole', () => {
    // "Sở Tư pháp" is no seed agency: written out, it is a name the reviewer adds.
    expect(codesIn(seedMatcher, 'Các Sở: Y tế, Tư pháp và Tài chính')).toEqual(['SO_YT', '? Sở Tư pháp', 'SO_TC']);
    expect(codesIn(seedMatcher, 'các Sở Văn hóa, Thể thao và Du lịch, Giáo dục và Đào tạo; Công an tỉnh')).toEqual(['SO_VHTTDL', 'SO_GDDT', 'CONG_AN_TINH']);
    expect(codesIn(seedMatcher, 'Các Sở, ban, ngành')).toEqual(['ALL_DEPARTMENTS']);
    // A list of bodies each named in full is no kind written once.
    expect(codesIn(seedMatcher, 'các Trung tâm Y tế, Bệnh viện đa khoa tỉnh')).toEqual(['? các Trung tâm Y tế', '? Bệnh viện đa khoa tỉnh']);
    // A ministry's own "và", known or not: "Bộ Khoa học và Công nghệ" is one body.
    expect(codesIn(seedMatcher, 'các Bộ: Công an, Khoa học và Công nghệ')).toEqual(['? Bộ Công an', '? Bộ Khoa học và Công nghệ']);
  });

  it('reads "tại địa phương", "ở cơ sở" after a name as where the body works, not as the districts', () => {
    expect(codesIn(seedMatcher, 'Mặt trận Tổ quốc Việt Nam tại địa phương')).toEqual(['MTTQ_TINH']);
    expect(codesIn(seedMatcher, 'Công an tỉnh, Hội Liên hiệp Phụ nữ ở cơ sở')).toEqual(['CONG_AN_TINH', 'HOI_LHPN']);
    // A list that names the localities keeps them.
    expect(codesIn(seedMatcher, 'Sở Y tế và các địa phương')).toHaveLength(2);
  });

  it('reads "Chủ tịch UBND các xã" as the body its head stands for, "Trưởng Ban Chỉ đạo" as written, and "… và các Khu công nghiệp" as one name', () => {
    expect(codesIn(seedMatcher, 'Chủ tịch Ủy ban nhân dân các xã, phường đặc biệt')).toEqual(['? Ủy ban nhân dân các xã, phường đặc biệt']);
    expect(codesIn(seedMatcher, 'Trưởng Ban Chỉ đạo')).toEqual(['? Trưởng Ban Chỉ đạo']);
    expect(codesIn(seedMatcher, 'Ban Quản lý Khu kinh tế và các Khu công nghiệp tỉnh, các tổ chức chính trị - xã hội')).toEqual(['? Ban Quản lý Khu kinh tế và các Khu công nghiệp tỉnh', 'ALL_SOCIO_POLITICAL_ORGANISATIONS']);
  });

  it('reads "cơ quan, đơn vị có liên quan" as a group, and "tại khu vực biên giới" after names as where they act', () => {
    const resolver = new AgencyResolver(seedRegistry());
    expect(resolver.resolveList('Sở Y tế và cơ quan, đơn vị có liên quan tại khu vực biên giới, cửa khẩu', 'II.1.1').map((mention) => [mention.code, mention.isGroup])).toEqual([
      ['SO_YT', false],
      ['CO_QUAN_DON_VI_CO_LIEN_QUAN', true],
    ]);
  });

  it('adds no agency for words that name nobody: a verb, "để xem xét", a product cell, a cut-off word', () => {
    const resolver = new AgencyResolver(seedRegistry());
    expect(resolver.resolveList('Sở Y tế; kịp thời phản ánh về; để xem xét, giải quyết; Đề xuất ban hành; bố', 'III.1.1').map((mention) => mention.code)).toEqual(['SO_YT']);
    expect(resolver.unknownAgencies()).toEqual([]);
    // A name the registry lacks is still added.
    expect(resolver.resolveList('lực lượng Hải quan', 'III.1.2').map((mention) => mention.code)).toEqual(['LUC_LUONG_HAI_QUAN']);
  });

  it('does not take a national body for the provincial one its name holds, and drops an abbreviation in brackets', () => {
    expect(codesIn(seedMatcher, 'Tổng Liên đoàn Lao động Việt Nam, Hội Liên hiệp Phụ nữ Việt Nam, Trung ương Đoàn TNCS Hồ Chí Minh')).toEqual([
      '? Tổng Liên đoàn Lao động Việt Nam',
      '? Hội Liên hiệp Phụ nữ Việt Nam',
      '? Trung ương Đoàn TNCS Hồ Chí Minh',
    ]);
    expect(codesIn(seedMatcher, 'Phòng Thương mại và Công nghiệp Việt Nam (VCCI), Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam')).toEqual([
      '? Phòng Thương mại và Công nghiệp Việt Nam',
      '? Đài Tiếng nói Việt Nam',
      '? Thông tấn xã Việt Nam',
    ]);
    expect(codesIn(seedMatcher, 'Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn')).toEqual(['HOI_LHPN', 'TINH_DOAN']);
  });

  it('ends a list of names before "trong quá trình", and reads "quá trình", "lộ trình", "chương trình" as no action', () => {
    const { draft } = importText(
      ['ỦY BAN NHÂN DÂN TỈNH A', 'KẾ HOẠCH', 'Phát triển hạ tầng số', 'III. TỔ CHỨC THỰC HIỆN', '1. Công an tỉnh', '- Phối hợp chặt chẽ với Sở Y tế, các doanh nghiệp công nghệ số trong quá trình khảo sát, triển khai hạ tầng.'].join('\n'),
    );
    expect(draft.tasks[0]?.coordinators).toEqual(['SO_YT', 'CAC_DOANH_NGHIEP_CONG_NGHE_SO']);
  });

  it('reads "thuộc Ủy ban nhân dân tỉnh" after a name as whose it is, and "các cơ quan, tổ chức khác có liên quan" as the units concerned', () => {
    expect(codesIn(seedMatcher, 'Sở, ban, ngành thuộc Ủy ban nhân dân tỉnh; các cơ quan, tổ chức khác có liên quan')).toEqual(['ALL_DEPARTMENTS', '? các cơ quan, tổ chức khác có liên quan']);
  });

  it('starts a new name at a head\'s title after a comma: "…, Chủ tịch Ủy ban nhân dân các tỉnh"', () => {
    expect(codesIn(seedMatcher, 'Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các huyện')).toEqual(['? Thủ trưởng cơ quan thuộc Chính phủ', '? Ủy ban nhân dân các huyện']);
    expect(codesIn(seedMatcher, 'Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh')).toEqual(['? Bộ trưởng, Thủ trưởng cơ quan ngang bộ', '? Ủy ban nhân dân các tỉnh']);
    // Before a registry name the head's title still stands for the body.
    expect(codesIn(seedMatcher, 'Giám đốc Sở Y tế, Chủ tịch Ủy ban nhân dân các huyện, thành phố')).toEqual(['SO_YT', 'ALL_DISTRICTS']);
  });

  it('reads a national plan\'s "các bộ, ngành, địa phương" as one group, not the registry\'s districts; a provincial "các sở, ban, ngành, địa phương" stays two', () => {
    expect(codesIn(seedMatcher, 'Bộ Công an, Văn phòng Chính phủ và các bộ, ngành, địa phương')).toEqual(['? Bộ Công an', '? Văn phòng Chính phủ', '? các bộ, ngành, địa phương']);
    expect(codesIn(seedMatcher, 'Các bộ, ngành và địa phương')).toEqual(['? Các bộ, ngành và địa phương']);
    expect(codesIn(seedMatcher, 'Bộ Quốc phòng; các bộ, cơ quan, địa phương')).toEqual(['? Bộ Quốc phòng', '? các bộ, cơ quan, địa phương']);
    expect(codesIn(seedMatcher, 'các bộ, cơ quan ngang bộ, cơ quan, địa phương')).toEqual(['? các bộ, cơ quan ngang bộ, cơ quan, địa phương']);
    expect(codesIn(seedMatcher, 'các sở, ban, ngành, địa phương')).toEqual(['ALL_DEPARTMENTS', 'ALL_DISTRICTS']);
  });

  it('writes out "Bộ" named once before ministries\' own names, and keeps "Bộ Văn hóa, Thể thao và Du lịch" one ministry', () => {
    expect(codesIn(seedMatcher, 'Bộ Xây dựng, Khoa học và Công nghệ, các địa phương')).toEqual(['? Bộ Xây dựng', '? Bộ Khoa học và Công nghệ', '? các địa phương']);
    expect(codesIn(seedMatcher, 'Bộ Văn hoá, Thể thao và Du lịch, Ngoại giao, Công an')).toEqual(['? Bộ Văn hoá, Thể thao và Du lịch', '? Bộ Ngoại giao', '? Bộ Công an']);
    expect(codesIn(seedMatcher, 'Bộ Văn hóa, Thể thao và Du lịch')).toEqual(['? Bộ Văn hóa, Thể thao và Du lịch']);
    // A name that is no ministry's stays as written.
    expect(codesIn(seedMatcher, 'Bộ Xây dựng, Công an tỉnh')).toEqual(['? Bộ Xây dựng', 'CONG_AN_TINH']);
  });

  it('reads the units concerned after every ministry and province as a group of their own, and "… địa phương liên quan" whole', () => {
    expect(codesIn(seedMatcher, 'Các bộ, cơ quan, địa phương, đơn vị có liên quan')).toEqual(['? Các bộ, cơ quan, địa phương', '? đơn vị có liên quan']);
    expect(codesIn(seedMatcher, 'Bộ Tài chính, các bộ, cơ quan, địa phương và các đơn vị có liên quan')).toEqual(['? Bộ Tài chính', '? các bộ, cơ quan, địa phương', '? các đơn vị có liên quan']);
    expect(codesIn(seedMatcher, 'các bộ, cơ quan, địa phương liên quan')).toEqual(['? các bộ, cơ quan, địa phương liên quan']);
  });

  it('reads an abbreviation standing alone between commas ("…, VTV, VOV, TTXVN") as a body of its own', () => {
    expect(codesIn(seedMatcher, 'Ủy ban Công tác về các tổ chức PCPNN, VTV, VOV, TTXVN')).toEqual(['? Ủy ban Công tác về các tổ chức PCPNN', '? VTV', '? VOV', '? TTXVN']);
  });

  it('keeps "các cơ quan chức năng" as a group the reviewer fills in, like "các cơ quan liên quan"', () => {
    expect(codesIn(seedMatcher, 'Sở Y tế và các cơ quan chức năng')).toEqual(['SO_YT', '? các cơ quan chức năng']);
  });

  it('keeps "(Thủ trưởng) các cơ quan, đơn vị được giao nhiệm vụ", "Các đơn vị được giao thực hiện TTHC" whole', () => {
    expect(codesIn(seedMatcher, 'Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ')).toEqual(['? Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ']);
    expect(codesIn(seedMatcher, 'Trung tâm Chuyển đổi số; Các đơn vị được giao thực hiện TTHC')).toEqual(['? Trung tâm Chuyển đổi số', '? Các đơn vị được giao thực hiện TTHC']);
  });

  it('reads "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương" as every province\'s committee, one group; "… các tỉnh, thành phố khác" stays as written', () => {
    expect(codesIn(seedMatcher, 'Các bộ, ngành, Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương')).toEqual(['? Các bộ, ngành', '? Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương']);
    expect(codesIn(seedMatcher, 'UBND các tỉnh, thành phố khác')).not.toContain('? UBND các tỉnh, thành phố');
  });

  it('reads "các sở, ban, ngành và (các) cơ quan, đơn vị có liên quan" as two groups, and "các cơ quan và đơn vị có liên quan" as one', () => {
    expect(codesIn(seedMatcher, 'các sở, ban, ngành và cơ quan, đơn vị có liên quan')).toEqual(['ALL_DEPARTMENTS', '? cơ quan, đơn vị có liên quan']);
    expect(codesIn(seedMatcher, 'các sở, ngành và các đơn vị có liên quan')).toEqual(['? các sở, ngành', '? các đơn vị có liên quan']);
    expect(codesIn(seedMatcher, 'các cơ quan và đơn vị có liên quan')).toEqual(['? các cơ quan và đơn vị có liên quan']);
  });

  it('keeps "các cơ quan, đơn vị, địa phương" whole: every agency, unit and locality, not the registry\'s districts', () => {
    expect(codesIn(seedMatcher, 'Sở Tư pháp và các cơ quan, đơn vị, địa phương')).toEqual(['? Sở Tư pháp', '? các cơ quan, đơn vị, địa phương']);
    expect(codesIn(seedMatcher, 'các sở ngành, đơn vị, địa phương')).toEqual(['ALL_DEPARTMENTS', 'ALL_DISTRICTS']);
  });

  it('reads "Sở X/Sở Y tỉnh, thành phố …" as one unit under either of its names', () => {
    expect(seedMatcher.readList('Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao tỉnh, thành phố trực thuộc Trung ương; Sở Y tế').map((mention) => [mention.code, mention.written])).toEqual([
      [null, 'Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao tỉnh, thành phố trực thuộc Trung ương'],
      ['SO_YT', 'Sở Y tế'],
    ]);
  });

  it('drops the agency a unit belongs to when written out in brackets, and starts a name at "Chi nhánh"', () => {
    expect(seedMatcher.readList('Bảo hiểm xã hội tỉnh, Chi nhánh Ngân hàng Chính sách xã hội tỉnh, Trung tâm Dịch vụ việc làm (Sở Nội vụ)').map((mention) => mention.written)).toEqual([
      'Bảo hiểm xã hội tỉnh',
      'Chi nhánh Ngân hàng Chính sách xã hội tỉnh',
      'Trung tâm Dịch vụ việc làm',
    ]);
  });

  it('reads the names a province\'s organisations are addressed by, "tỉnh" shared by the list', () => {
    expect(codesIn(seedMatcher, 'Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội tỉnh; Hội Bảo vệ quyền trẻ em và Bảo trợ người khuyết tật tỉnh')).toEqual(['MTTQ_TINH', 'ALL_SOCIO_POLITICAL_ORGANISATIONS', 'HOI_BVQTE']);
  });

  it('reads "Thành phố" or "tỉnh" after a name as the place it is qualified by, not as another name', () => {
    expect(codesIn(seedMatcher, 'Công an Thành phố')).toEqual(['CONG_AN_TINH']);
    expect(codesIn(seedMatcher, 'Các Sở, ban, ngành Thành phố; Công an tỉnh')).toEqual(['ALL_DEPARTMENTS', 'CONG_AN_TINH']);
    expect(seedMatcher.readList('Công an Thành phố, Sở Y tế').map((mention) => mention.written)).toEqual(['Công an Thành phố', 'Sở Y tế']);
  });

  it('reads a province\'s own name after a known name as its place too ("Sở Y tế Hà Nội"), never "Việt Nam" or another body\'s name', () => {
    expect(seedMatcher.readList('Sở Y tế Hà Nội, Công an tỉnh Hà Tĩnh').map((mention) => [mention.code, mention.written])).toEqual([
      ['SO_YT', 'Sở Y tế Hà Nội'],
      ['CONG_AN_TINH', 'Công an tỉnh Hà Tĩnh'],
    ]);
    expect(codesIn(seedMatcher, 'Sở Y tế thành phố Hồ Chí Minh')).toEqual(['SO_YT']);
    expect(codesIn(seedMatcher, 'Sở Y tế Hà Nội và Sở Tài chính')).toEqual(['SO_YT', 'SO_TC']);
    // A second name run on without a comma is no place.
    expect(codesIn(seedMatcher, 'Sở Y tế Bệnh viện Đa khoa')).toEqual(['SO_YT', '? Bệnh viện Đa khoa']);
  });

  it('splits two cities\' committees at the comma before a capital "Thành phố", and keeps "các tỉnh, thành phố khác" whole', () => {
    expect(seedMatcher.readList('UBND thành phố Hà Nội, Thành phố Hồ Chí Minh').map((mention) => mention.written)).toEqual(['UBND thành phố Hà Nội', 'Thành phố Hồ Chí Minh']);
    expect(seedMatcher.readList('UBND các tỉnh, thành phố khác').map((mention) => mention.written)).toEqual(['UBND các tỉnh, thành phố khác']);
  });

  it('leaves out a bracketed remark on what an agency does', () => {
    expect(codesIn(seedMatcher, '- Sở Y tế (chủ trì phần chuyên môn, điều phối);\n- Công an tỉnh (phối hợp bảo đảm an ninh).')).toEqual(['SO_YT', 'CONG_AN_TINH']);
  });

  it('finds the names that open a sentence', () => {
    const { mentions } = seedMatcher.readLeadingNames('Tỉnh Đoàn tiếp tục phát huy vai trò là tổ chức đại diện');
    expect(mentions.map((mention) => mention.code)).toEqual(['TINH_DOAN']);
    expect(seedMatcher.readLeadingNames('Tiếp tục phát huy vai trò').mentions).toEqual([]);
  });
});

describe('placeholder codes for names the registry lacks', () => {
  it('makes a code from the name, the same for every spelling of it, and reports where it was seen', () => {
    const resolver = new AgencyResolver(registry);
    expect(resolver.resolveList('Sở Xây dựng; Sở Y tế', 'II.1.1').map((mention) => mention.code)).toEqual(['SO_XAY_DUNG', 'SO_YT']);
    expect(resolver.resolveList('SỞ XÂY DỰNG', 'II.2.1').map((mention) => mention.code)).toEqual(['SO_XAY_DUNG']);
    expect(resolver.unknownAgencies()).toEqual([{ code: 'SO_XAY_DUNG', nameVi: 'Sở Xây dựng', kind: 'department', refs: ['II.1.1', 'II.2.1'], isGroup: false }]);
  });

  it('makes a collective name the registry lacks a group: it can never lead', () => {
    const resolver = new AgencyResolver(registry);
    expect(resolver.resolveList('Các sở quản lý ngành; Ủy ban nhân dân các xã, phường; Sở Xây dựng', 'III.1.1')).toEqual([
      { code: 'CAC_SO_QUAN_LY_NGANH', isGroup: true },
      { code: 'UY_BAN_NHAN_DAN_CAC_XA_PHUONG', isGroup: true },
      { code: 'SO_XAY_DUNG', isGroup: false },
    ]);
  });

  it('never reuses a registry code', () => {
    const resolver = new AgencyResolver({ ...registry, agencies: [...registry.agencies, { ...(registry.agencies[0] as (typeof registry.agencies)[number]), code: 'SO_TU_PHAP', nameVi: 'Sở Tư pháp cũ', aliases: [] }] });
    expect(resolver.placeholderFor('Sở Tư pháp', 'II.1.1')).toBe('SO_TU_PHAP_2');
  });

  it.each([
    ['Công an tỉnh', 'CONG_AN_TINH'],
    ['Đài Phát thanh và Truyền hình tỉnh', 'DAI_PHAT_THANH_VA_TRUYEN_HINH_TINH'],
    ['111 Tổng đài', 'CO_QUAN_111_TONG_DAI'],
  ])('code for "%s" is %s', (name, code) => {
    expect(codeFromName(name)).toBe(code);
  });
});
