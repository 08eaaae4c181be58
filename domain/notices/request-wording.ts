// How dondoc writes to a body the People's Committee can only request from (đề nghị: the
// Fatherland Front, the socio-political organisations, section III.4): it asks and thanks, it
// does not assign or urge. Only the kinds such a body receives differ; the others read as usual.
import type { TNotice } from './notice';
import type { TWording } from './wording';

const days = (count: number) => (count === 1 ? '1 day' : `${count} days`);

/** The subject's head where it differs from an order's; null to keep the usual one. */
export function requestHeadline(notice: TNotice): TWording | null {
  switch (notice.kind) {
    case 'assignment':
      return { vi: 'Đề nghị phối hợp thực hiện', en: 'Request for your cooperation' };
    case 'reminder':
      return { vi: `Trân trọng nhắc: còn ${notice.daysLeft ?? 0} ngày`, en: `Kind reminder: ${days(notice.daysLeft ?? 0)} left` };
    case 'due-today':
      return { vi: 'Trân trọng nhắc: đến hạn hôm nay', en: 'Kind reminder: due today' };
    default:
      return null;
  }
}

/** The first paragraph where it differs from an order's; null to keep the usual one. */
export function requestLead(notice: TNotice): TWording | null {
  switch (notice.kind) {
    case 'assignment':
      return {
        vi: 'Ủy ban nhân dân tỉnh trân trọng đề nghị quý cơ quan, tổ chức phối hợp thực hiện nội dung dưới đây theo chức năng, nhiệm vụ và gửi kết quả về cơ quan theo dõi.',
        en: "The provincial People's Committee respectfully requests your organisation to take part in the work below, within its functions, and to send the results to the monitoring agency.",
      };
    case 'reminder':
      return {
        vi: `Nội dung đề nghị dưới đây còn ${notice.daysLeft ?? 0} ngày đến thời hạn. Trân trọng đề nghị quý cơ quan, tổ chức quan tâm gửi kết quả khi thuận tiện trước thời hạn.`,
        en: `The request below is due in ${days(notice.daysLeft ?? 0)}. We would be grateful if your organisation could send its results before then.`,
      };
    case 'due-today':
      return {
        vi: 'Hôm nay là thời hạn của nội dung đề nghị dưới đây. Trân trọng đề nghị quý cơ quan, tổ chức quan tâm gửi kết quả.',
        en: 'Today is the date set for the request below. We would be grateful for your results.',
      };
    default:
      return null;
  }
}
