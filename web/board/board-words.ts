// The deadline board's words, Vietnamese first.
import type { TWords } from '../i18n';

export const BOARD_WORDS: TWords<
  | 'title' | 'filters' | 'plan' | 'group' | 'agency' | 'colour' | 'dueFrom' | 'dueTo' | 'any' | 'apply' | 'clear'
  | 'status' | 'task' | 'period' | 'due' | 'days' | 'once' | 'daysOverdue' | 'daysLeft' | 'noRows' | 'total'
  | 'previous' | 'next' | 'pageOf' | 'overdueShare' | 'overdueShareNote' | 'oldestOverdue' | 'oldestNote' | 'days1' | 'onTimeRate' | 'onTimeNote' | 'noClosedPeriod'
  | 'charts' | 'chartsNote' | 'sortAsc' | 'sortDesc' | 'badFilter' | 'figures' | 'list'
  | 'grey' | 'blue' | 'yellow' | 'red' | 'purple' | 'green' | 'orange' | 'awaitingReview'
> = {
  vi: {
    title: 'Bảng theo dõi hạn', filters: 'Lọc', plan: 'Kế hoạch', group: 'Nhóm nhiệm vụ', agency: 'Cơ quan thực hiện', colour: 'Trạng thái', dueFrom: 'Hạn từ ngày', dueTo: 'Hạn đến ngày', any: 'Tất cả', apply: 'Lọc', clear: 'Bỏ lọc',
    status: 'Trạng thái', task: 'Nhiệm vụ', period: 'Kỳ', due: 'Hạn', days: 'Số ngày', once: 'một lần', daysOverdue: 'quá {n} ngày', daysLeft: 'còn {n} ngày', noRows: 'Không có việc nào khớp bộ lọc.', total: '{n} việc',
    previous: '← Trang trước', next: 'Trang sau →', pageOf: 'Trang {page}/{pages}', overdueShare: 'Tỷ lệ việc quá hạn', overdueShareNote: '{overdue} trên {total} việc được tính', oldestOverdue: 'Việc quá hạn lâu nhất', oldestNote: 'số ngày quá hạn', days1: '{n} ngày', onTimeRate: 'Tỷ lệ đúng hạn kỳ gần nhất', onTimeNote: 'kỳ {period}: {onTime} trên {total} việc', noClosedPeriod: 'chưa có kỳ nào kết thúc',
    charts: 'Biểu đồ', chartsNote: 'Biểu đồ việc quá hạn theo cơ quan tính trên toàn bộ việc; bản đồ nhiệt và dòng thời gian theo bộ lọc kế hoạch, nhóm và cơ quan.', sortAsc: 'tăng dần', sortDesc: 'giảm dần', badFilter: 'Bộ lọc chưa hợp lệ: xem thông báo bên cạnh ô.', figures: 'Số liệu chính', list: 'Danh sách việc',
    grey: 'Xám — Chưa đến hạn', blue: 'Xanh dương — Trong hạn', yellow: 'Vàng — Sắp đến hạn', red: 'Đỏ — Quá hạn', purple: 'Tím — Chưa nhận được (đề nghị)', green: 'Xanh lá — Hoàn thành đúng hạn', orange: 'Cam — Hoàn thành trễ hạn', awaitingReview: 'Đã gửi, chờ xem xét',
  },
  en: {
    title: 'Deadline board', filters: 'Filter', plan: 'Plan', group: 'Task group', agency: 'Agency answering', colour: 'Status', dueFrom: 'Due from', dueTo: 'Due to', any: 'Any', apply: 'Filter', clear: 'Clear filters',
    status: 'Status', task: 'Task', period: 'Period', due: 'Due', days: 'Days', once: 'once', daysOverdue: '{n} days overdue', daysLeft: '{n} days left', noRows: 'No work matches the filters.', total: '{n} assignments',
    previous: '← Previous page', next: 'Next page →', pageOf: 'Page {page} of {pages}', overdueShare: 'Overdue share', overdueShareNote: '{overdue} of {total} counted assignments', oldestOverdue: 'Oldest overdue', oldestNote: 'days past its due day', days1: '{n} days', onTimeRate: 'On-time rate, last closed period', onTimeNote: 'period {period}: {onTime} of {total}', noClosedPeriod: 'no period has closed yet',
    charts: 'Charts', chartsNote: 'The chart of overdue work by agency counts all work; the heat map and the timeline follow the plan, group and agency filters.', sortAsc: 'ascending', sortDesc: 'descending', badFilter: 'A filter is not valid: see the message beside its field.', figures: 'Headline figures', list: 'Assignments',
    grey: 'Grey — Not yet due', blue: 'Blue — In term', yellow: 'Yellow — Due soon', red: 'Red — Overdue', purple: 'Purple — Not yet received (request)', green: 'Green — Done on time', orange: 'Orange — Done late', awaitingReview: 'Sent, awaiting review',
  },
};

/** "{n} ngày" with its placeholders filled. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}
