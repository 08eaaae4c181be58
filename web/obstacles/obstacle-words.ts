// The obstacle pages' words, in Vietnamese and English, and how a phase and a history entry read.
import type { TLang } from '../i18n';

const vi = {
  listTitle: 'Khó khăn, vướng mắc',
  reportTitle: 'Báo cáo khó khăn, vướng mắc',
  oneTitle: 'Vướng mắc',
  reportNew: 'Báo cáo vướng mắc mới',
  reportIntro: 'Báo cáo bằng văn bản về cơ quan theo dõi kế hoạch để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, điều chỉnh.',
  show: 'Hiển thị',
  openOnes: 'Đang xử lý',
  closedOnes: 'Đã kết thúc',
  allOnes: 'Tất cả',
  filter: 'Lọc',
  none: 'Không có vướng mắc nào.',
  count: (n: number) => `${n} vướng mắc`,
  reportedOn: 'Ngày báo cáo',
  reportingAgency: 'Cơ quan báo cáo',
  about: 'Nội dung liên quan',
  task: 'Nhiệm vụ',
  wholePlan: 'Toàn bộ kế hoạch',
  phase: 'Tình trạng',
  awaiting: 'Chờ cơ quan',
  dueBy: 'Hạn',
  late: 'Quá hạn',
  text: 'Khó khăn, vướng mắc',
  proposal: 'Đề xuất, kiến nghị',
  document: 'Văn bản',
  documentHint: 'Số hoặc tên tệp văn bản báo cáo (không bắt buộc), ví dụ Công văn 123/SGDĐT.',
  send: 'Gửi báo cáo',
  answer: 'Trả lời',
  opinion: 'Ý kiến của cơ quan theo dõi',
  outcome: 'Kết quả',
  decision: 'Quyết định của Ủy ban nhân dân tỉnh',
  history: 'Diễn biến',
  when: 'Thời điểm',
  who: 'Người thực hiện',
  what: 'Nội dung',
  back: 'Về danh sách vướng mắc',
  outcomes: { answered: 'Trả lời, hướng dẫn', 'amend-plan': 'Điều chỉnh kế hoạch', rejected: 'Không chấp thuận' },
  phases: { reported: 'Chờ cơ quan theo dõi trả lời', forwarded: 'Đã trình Ủy ban nhân dân tỉnh', answered: 'Đã trả lời', decided: 'Ủy ban nhân dân tỉnh đã quyết định', amended: 'Đã điều chỉnh kế hoạch' },
  stepTitles: { answer: 'Trả lời vướng mắc', forward: 'Trình Ủy ban nhân dân tỉnh', decide: 'Ghi nhận quyết định' },
  doneMessages: { reported: 'Đã gửi báo cáo vướng mắc.', answered: 'Đã gửi trả lời.', forwarded: 'Đã trình Ủy ban nhân dân tỉnh.', decided: 'Đã ghi nhận quyết định.' },
  events: { reported: 'Báo cáo vướng mắc', answered: 'Trả lời', forwarded: 'Trình Ủy ban nhân dân tỉnh', decided: 'Quyết định', 'amendment-loaded': 'Nạp kế hoạch điều chỉnh', chased: 'Nhắc, đôn đốc', refused: 'Bị từ chối' },
};

const en: typeof vi = {
  listTitle: 'Obstacles',
  reportTitle: 'Report an obstacle',
  oneTitle: 'Obstacle',
  reportNew: 'Report a new obstacle',
  reportIntro: "Report in writing to the department that monitors the plan, which consolidates and reports to the People's Committee for a decision or an amendment.",
  show: 'Show',
  openOnes: 'Open',
  closedOnes: 'Closed',
  allOnes: 'All',
  filter: 'Filter',
  none: 'No obstacles.',
  count: (n: number) => `${n} obstacle${n === 1 ? '' : 's'}`,
  reportedOn: 'Reported on',
  reportingAgency: 'Reporting agency',
  about: 'About',
  task: 'Task',
  wholePlan: 'The whole plan',
  phase: 'Status',
  awaiting: 'Awaiting',
  dueBy: 'Due',
  late: 'Overdue',
  text: 'Obstacle',
  proposal: 'Proposal',
  document: 'Document',
  documentHint: "The written report's number or file name (optional), e.g. Công văn 123/SGDĐT.",
  send: 'Send the report',
  answer: 'Answer',
  opinion: "The monitoring department's opinion",
  outcome: 'Outcome',
  decision: "The People's Committee's decision",
  history: 'History',
  when: 'When',
  who: 'Who',
  what: 'What',
  back: 'Back to the obstacles',
  outcomes: { answered: 'Answered, guidance given', 'amend-plan': 'Amend the plan', rejected: 'Rejected' },
  phases: { reported: 'Waiting for the monitoring department', forwarded: "Forwarded to the People's Committee", answered: 'Answered', decided: "Decided by the People's Committee", amended: 'Plan amended' },
  stepTitles: { answer: 'Answer the obstacle', forward: "Forward to the People's Committee", decide: 'Record the decision' },
  doneMessages: { reported: 'The obstacle was reported.', answered: 'The answer was sent.', forwarded: "Forwarded to the People's Committee.", decided: 'The decision was recorded.' },
  events: { reported: 'Obstacle reported', answered: 'Answered', forwarded: "Forwarded to the People's Committee", decided: 'Decided', 'amendment-loaded': 'Amended plan loaded', chased: 'Chased', refused: 'Refused' },
};

export const OBSTACLE_WORDS = { vi, en };

export function phaseWord(lang: TLang, row: { phase: string; outcome: string | null }): string {
  const w = OBSTACLE_WORDS[lang];
  const phase = w.phases[row.phase as keyof typeof w.phases] ?? row.phase;
  return row.outcome && row.phase === 'decided' ? `${phase}: ${w.outcomes[row.outcome as keyof typeof w.outcomes] ?? row.outcome}` : phase;
}

/** One line of an obstacle's history: what happened, and the text given with it. */
export function obstacleEventText(lang: TLang, action: string, payload: unknown): string {
  const w = OBSTACLE_WORDS[lang];
  const kind = action.replace(/^obstacle-/, '');
  const label = w.events[kind as keyof typeof w.events] ?? kind;
  const details = (payload ?? {}) as Record<string, unknown>;
  const text = [details.outcome ? w.outcomes[details.outcome as keyof typeof w.outcomes] ?? String(details.outcome) : null, details.text, details.opinion, details.reason, details.level !== undefined ? `${w.late}: ${String(details.audience ?? '')}` : null]
    .filter((part): part is string => typeof part === 'string' && part.length > 0)
    .join(' — ');
  return text ? `${label}: ${text}` : label;
}
