// The government's yearly decisions on holiday days for civil servants (công chức, viên chức),
// which are the days state agencies keep. Each replaces the statutory rule for its occasion and
// year; occasions without a notice follow the rule (statutory-holidays.ts). After editing, run
// `npx tsx scripts/generate-holidays.ts` to rewrite holidays-vn.ts; a unit test fails until then.
//
// Sources were read in the press reports of each decision (Văn phòng Chính phủ letters conveying
// the Prime Minister's approval, then the ministry's notice); the numbers are given where the
// reports give them. Notices issued after the last review of this file are missing: add them.
import { type TOfficialNotice } from './holiday-schemas';

export const OFFICIAL_NOTICES_VN: TOfficialNotice[] = [
  {
    year: 2024,
    occasion: 'tet',
    // 29 tháng Chạp Quý Mão to mùng 5 Giáp Thìn: 5 Tết days plus 2 compensated weekend days.
    source: 'Công văn 8662/VPCP-KGVX (2023) and the MoLISA notice on Tết and National Day 2024',
    daysOff: { from: '2024-02-08', to: '2024-02-14' },
    swaps: [],
  },
  {
    year: 2024,
    occasion: 'reunification-and-labour-day',
    source: "Prime Minister's approval of the 30/4–1/5/2024 swap (MoLISA notice, 2024)",
    daysOff: { from: '2024-04-27', to: '2024-05-01' },
    swaps: [{ dayOff: '2024-04-29', workedOn: '2024-05-04' }],
  },
  {
    year: 2024,
    occasion: 'national-day',
    source: 'Công văn 8662/VPCP-KGVX (2023) and the MoLISA notice on Tết and National Day 2024',
    daysOff: { from: '2024-08-31', to: '2024-09-03' },
    swaps: [],
  },
  {
    year: 2025,
    occasion: 'tet',
    // 26 tháng Chạp Giáp Thìn to mùng 5 Ất Tỵ: 5 Tết days (Mon 27/1–Fri 31/1) and 4 weekend days.
    source: 'MoLISA notice on Tết Ất Tỵ and National Day 2025 (late 2024), after the Prime Minister approved the 9-day plan',
    daysOff: { from: '2025-01-25', to: '2025-02-02' },
    swaps: [],
  },
  {
    year: 2025,
    occasion: 'reunification-and-labour-day',
    source: "Prime Minister's approval of the 30/4–1/5/2025 swap (Ministry of Home Affairs notice, 2025)",
    daysOff: { from: '2025-04-30', to: '2025-05-04' },
    swaps: [{ dayOff: '2025-05-02', workedOn: '2025-04-26' }],
  },
  {
    year: 2025,
    occasion: 'national-day',
    source: 'MoLISA notice on Tết Ất Tỵ and National Day 2025 (late 2024)',
    daysOff: { from: '2025-08-30', to: '2025-09-02' },
    swaps: [],
  },
  {
    year: 2026,
    occasion: 'new-year',
    source: 'Công văn 12729/VPCP-KGVX (25/12/2025), Deputy Prime Minister Phạm Thị Thanh Trà',
    daysOff: { from: '2026-01-01', to: '2026-01-04' },
    swaps: [{ dayOff: '2026-01-02', workedOn: '2026-01-10' }],
  },
  {
    year: 2026,
    occasion: 'tet',
    // 27 tháng Chạp Ất Tỵ to mùng 6 Bính Ngọ: 5 Tết days (Mon 16/2–Fri 20/2) and 4 weekend days.
    source: 'Văn phòng Chính phủ letter of 13/10/2025 conveying the Prime Minister’s approval (Tết and National Day 2026)',
    daysOff: { from: '2026-02-14', to: '2026-02-22' },
    swaps: [],
  },
  {
    year: 2026,
    occasion: 'national-day',
    // 2/9 (Wed) with 1/9 (Tue); Monday 31/8 swapped with Saturday 22/8.
    source: 'Văn phòng Chính phủ letter of 13/10/2025 conveying the Prime Minister’s approval (Tết and National Day 2026)',
    daysOff: { from: '2026-08-29', to: '2026-09-02' },
    swaps: [{ dayOff: '2026-08-31', workedOn: '2026-08-22' }],
  },
];
