// Abbreviations that Vietnamese plans use for agency names, with the words they stand for. Both
// the registry's names and the document's are expanded before they are compared, so "Sở
// LĐTBXH", "Sở LĐ-TB&XH" and "Sở Lao động - Thương binh và Xã hội" are the same agency.
import { tokenize } from './vietnamese-text';

const ABBREVIATIONS: ReadonlyArray<readonly [string[], string]> = [
  [['UBND'], 'Ủy ban nhân dân'],
  [['HĐND'], 'Hội đồng nhân dân'],
  [['LĐTBXH', 'LĐ-TB&XH', 'LĐ-TBXH', 'LĐ,TB&XH', 'LĐTB&XH', 'LDTBXH'], 'Lao động - Thương binh và Xã hội'],
  [['GDĐT', 'GD&ĐT', 'GD-ĐT', 'GDDT'], 'Giáo dục và Đào tạo'],
  [['VHTTDL', 'VH,TT&DL', 'VH-TT&DL', 'VHTT&DL', 'VH-TT-DL'], 'Văn hóa, Thể thao và Du lịch'],
  [['TTTT', 'TT&TT', 'TT-TT'], 'Thông tin và Truyền thông'],
  [['KHĐT', 'KH&ĐT', 'KH-ĐT', 'KHDT'], 'Kế hoạch và Đầu tư'],
  [['KHCN', 'KH&CN', 'KH-CN'], 'Khoa học và Công nghệ'],
  [['NN&PTNT', 'NNPTNT', 'NN-PTNT'], 'Nông nghiệp và Phát triển nông thôn'],
  // "Sở Nông nghiệp và PTNT".
  [['PTNT'], 'Phát triển nông thôn'],
  [['NN&MT', 'NNMT'], 'Nông nghiệp và Môi trường'],
  [['TN&MT', 'TNMT', 'TN-MT'], 'Tài nguyên và Môi trường'],
  [['GTVT'], 'Giao thông vận tải'],
  [['BHXH'], 'Bảo hiểm xã hội'],
  [['MTTQVN'], 'Mặt trận Tổ quốc Việt Nam'],
  [['MTTQ'], 'Mặt trận Tổ quốc'],
  [['LHPN'], 'Liên hiệp Phụ nữ'],
  [['CCB'], 'Cựu chiến binh'],
  [['LĐLĐ'], 'Liên đoàn Lao động'],
  [['BVQTE'], 'Bảo vệ quyền trẻ em'],
  [['TNCS'], 'Thanh niên Cộng sản'],
  [['HCM'], 'Hồ Chí Minh'],
  [['BCHQS'], 'Bộ Chỉ huy Quân sự'],
  [['BTV'], 'Ban Thường vụ'],
  [['VP'], 'Văn phòng'],
];

export interface TAbbreviation {
  /** Folded tokens of the abbreviation as written, e.g. ["lđ", "-", "tb&xh"]. */
  written: string[];
  /** Folded tokens of the words it stands for. */
  expansion: string[];
}

const keysOf = (text: string) => tokenize(text).map((token) => token.key);

/** Longest first, so "MTTQVN" wins over "MTTQ" and "LĐ-TB&XH" over nothing. */
export const KNOWN_ABBREVIATIONS: readonly TAbbreviation[] = ABBREVIATIONS.flatMap(([forms, meaning]) =>
  forms.map((form) => ({ written: keysOf(form), expansion: keysOf(meaning) })),
).sort((a, b) => b.written.length - a.written.length);
