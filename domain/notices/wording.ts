// What each kind of notice says, in Vietnamese first and in English. Plain functions of the
// notice: the renderers only arrange these sentences.
import { type TEscalationRecipient } from '../policy';
import { formatVietnameseDate } from './format';
import { type TNotice, type TNoticeKind } from './notice';
import { requestHeadline, requestLead } from './request-wording';

export interface TWording {
  vi: string;
  en: string;
}

const days = (count: number) => (count === 1 ? '1 day' : `${count} days`);

/** Short names of the kinds, for subjects and delivery-failure notices. */
const NOTICE_KIND_NAMES: Record<TNoticeKind, TWording> = {
  assignment: { vi: 'Giao nhiệm vụ', en: 'New assignment' },
  reminder: { vi: 'Nhắc hạn', en: 'Reminder' },
  'due-today': { vi: 'Đến hạn hôm nay', en: 'Due today' },
  escalation: { vi: 'Đôn đốc', en: 'Escalation' },
  'extension-decided': { vi: 'Quyết định gia hạn', en: 'Extension decision' },
  'explanation-requested': { vi: 'Yêu cầu giải trình', en: 'Written explanation requested' },
  'report-accepted': { vi: 'Báo cáo được chấp nhận', en: 'Report accepted' },
  'report-returned': { vi: 'Báo cáo bị trả lại', en: 'Report returned' },
  'inspection-notice': { vi: 'Thông báo kiểm tra', en: 'Inspection notice' },
  'review-request': { vi: 'Đề nghị báo cáo sơ kết, tổng kết', en: 'Review report requested' },
  'period-closed': { vi: 'Khóa kỳ báo cáo, số liệu tổng hợp', en: 'Reporting period closed: consolidated figures' },
  'delivery-failure': { vi: 'Không gửi được thông báo', en: 'Notice not delivered' },
  'deadline-changed': { vi: 'Điều chỉnh thời hạn', en: 'Deadline changed' },
  cancelled: { vi: 'Hủy nhiệm vụ', en: 'Assignment cancelled' },
};

export const ESCALATION_RECIPIENT_NAMES: Record<TEscalationRecipient, TWording> = {
  focal_point: { vi: 'cán bộ đầu mối của cơ quan', en: "the agency's focal point" },
  agency_head: { vi: 'thủ trưởng cơ quan', en: 'the head of the agency' },
  monitoring_agency: { vi: 'cơ quan theo dõi, đôn đốc kế hoạch (Sở LĐTBXH)', en: "the plan's monitoring agency (DOLISA)" },
  leadership: { vi: 'lãnh đạo Ủy ban nhân dân tỉnh', en: "the provincial People's Committee leadership" },
};

/** The default ladder's order: level 1 the focal point … level 4 the People's Committee. */
const RECIPIENT_BY_LEVEL: TEscalationRecipient[] = ['focal_point', 'agency_head', 'monitoring_agency', 'leadership'];

export function escalationRecipientOf(notice: Pick<TNotice, 'escalationLevel' | 'escalationTo'>): TEscalationRecipient {
  if (notice.escalationTo) return notice.escalationTo;
  const level = notice.escalationLevel ?? 1;
  return RECIPIENT_BY_LEVEL[Math.min(level, RECIPIENT_BY_LEVEL.length) - 1]!;
}

/** The head of the subject line: "Còn 7 ngày đến hạn" / "Due in 7 days". */
export function noticeHeadline(notice: TNotice): TWording {
  const requested = notice.mandate === 'request' ? requestHeadline(notice) : null;
  if (requested) return requested;
  const left = notice.daysLeft ?? 0;
  const late = notice.daysOverdue ?? 0;
  switch (notice.kind) {
    case 'reminder':
      return { vi: `Còn ${left} ngày đến hạn`, en: `Due in ${days(left)}` };
    case 'escalation':
      return { vi: `Đôn đốc cấp ${notice.escalationLevel}, quá hạn ${late} ngày`, en: `Escalation level ${notice.escalationLevel}, overdue by ${days(late)}` };
    case 'extension-decided':
      return notice.extension?.approved && notice.deadline
        ? { vi: `Chấp thuận gia hạn đến ${formatVietnameseDate(notice.deadline)}`, en: `Extension approved to ${formatVietnameseDate(notice.deadline)}` }
        : { vi: 'Không chấp thuận gia hạn', en: 'Extension refused' };
    case 'deadline-changed':
      return { vi: `Điều chỉnh thời hạn đến ${formatVietnameseDate(notice.deadline!)}`, en: `Deadline changed to ${formatVietnameseDate(notice.deadline!)}` };
    default:
      return NOTICE_KIND_NAMES[notice.kind];
  }
}

/** The first paragraph: what happened and what the agency is asked to do. */
export function noticeLead(notice: TNotice): TWording {
  const requested = notice.mandate === 'request' ? requestLead(notice) : null;
  if (requested) return requested;
  const left = notice.daysLeft ?? 0;
  const late = notice.daysOverdue ?? 0;
  switch (notice.kind) {
    case 'assignment':
      return {
        vi: 'Quý cơ quan được giao thực hiện nhiệm vụ dưới đây. Đề nghị tổ chức thực hiện và báo cáo kết quả đúng thời hạn.',
        en: 'Your agency has been assigned the task below. Please carry it out and report the results by the deadline.',
      };
    case 'reminder':
      return {
        vi: `Nhiệm vụ dưới đây còn ${left} ngày đến hạn. Đề nghị quý cơ quan khẩn trương hoàn thành và gửi báo cáo đúng hạn.`,
        en: `The task below is due in ${days(left)}. Please complete it and send your report on time.`,
      };
    case 'due-today':
      return {
        vi: 'Hôm nay là hạn cuối của nhiệm vụ dưới đây. Đề nghị quý cơ quan gửi báo cáo trong ngày.',
        en: 'Today is the deadline of the task below. Please send your report today.',
      };
    case 'escalation': {
      const recipient = ESCALATION_RECIPIENT_NAMES[escalationRecipientOf(notice)];
      return {
        vi: `Nhiệm vụ dưới đây đã quá hạn ${late} ngày và được đôn đốc ở cấp ${notice.escalationLevel}: báo cáo ${recipient.vi}. Đề nghị chỉ đạo hoàn thành ngay.`,
        en: `The task below is ${days(late)} overdue and has been escalated to level ${notice.escalationLevel}: ${recipient.en} is informed. Please see that it is completed at once.`,
      };
    }
    case 'extension-decided':
      return extensionLead(notice);
    case 'explanation-requested':
      return {
        vi: 'Đề nghị quý cơ quan có văn bản giải trình lý do chậm thực hiện nhiệm vụ dưới đây và nêu thời gian hoàn thành.',
        en: 'Please explain in writing why the task below is late and say when it will be completed.',
      };
    case 'report-accepted':
      return {
        vi: 'Báo cáo của quý cơ quan về nhiệm vụ dưới đây đã được tiếp nhận và chấp nhận.',
        en: 'Your report on the task below has been received and accepted.',
      };
    case 'report-returned':
      return {
        vi: 'Báo cáo của quý cơ quan về nhiệm vụ dưới đây được trả lại để hoàn thiện. Đề nghị bổ sung, chỉnh sửa theo ghi chú và gửi lại.',
        en: 'Your report on the task below has been returned for completion. Please revise it as noted and send it again.',
      };
    case 'inspection-notice':
      return {
        vi: 'Thông báo kế hoạch kiểm tra việc thực hiện nhiệm vụ dưới đây. Đề nghị quý cơ quan chuẩn bị hồ sơ, số liệu.',
        en: 'An inspection of the task below is planned. Please prepare your records and figures.',
      };
    case 'review-request':
      return {
        vi: 'Đề nghị quý cơ quan xây dựng báo cáo sơ kết, tổng kết việc thực hiện nhiệm vụ dưới đây và gửi về cơ quan theo dõi.',
        en: 'Please prepare your review report (preliminary or final) on the task below and send it to the monitoring agency.',
      };
    case 'period-closed':
      return {
        vi: 'Kỳ báo cáo của các đơn vị đã khóa. Số liệu tổng hợp và tình hình gửi báo cáo của từng đơn vị nêu dưới đây; đề nghị quý cơ quan hoàn thành báo cáo tổng hợp dưới đây đúng hạn.',
        en: "The units' reporting period has closed. The consolidated figures and each unit's timeliness are below; please complete the consolidated report below by its deadline.",
      };
    case 'delivery-failure':
      return deliveryFailureLead(notice);
    case 'deadline-changed': {
      const previous = notice.previousDeadline ? formatVietnameseDate(notice.previousDeadline) : null;
      return {
        vi: `Thời hạn thực hiện nhiệm vụ dưới đây đã được điều chỉnh${previous ? ` (thời hạn cũ: ${previous})` : ''}. Lịch của quý cơ quan được cập nhật theo thời hạn mới.`,
        en: `The deadline of the task below has been changed${previous ? ` (previously ${previous})` : ''}. Your calendar is updated to the new deadline.`,
      };
    }
    case 'cancelled':
      return {
        vi: 'Nhiệm vụ dưới đây không còn phải thực hiện; thời hạn được gỡ khỏi lịch của quý cơ quan.',
        en: 'The task below no longer has to be carried out; its deadline is removed from your calendar.',
      };
  }
}

function extensionLead(notice: TNotice): TWording {
  if (!notice.extension?.approved || !notice.deadline) {
    return {
      vi: 'Đề nghị gia hạn của quý cơ quan không được chấp thuận; thời hạn giữ nguyên.',
      en: 'Your request for an extension was not approved; the deadline stands.',
    };
  }
  const previous = notice.previousDeadline ? formatVietnameseDate(notice.previousDeadline) : null;
  const newDeadline = formatVietnameseDate(notice.deadline);
  return {
    vi: `Đề nghị gia hạn của quý cơ quan đã được chấp thuận. Thời hạn mới: ${newDeadline}${previous ? ` (thời hạn cũ: ${previous})` : ''}.`,
    en: `Your request for an extension was approved. New deadline: ${newDeadline}${previous ? ` (previously ${previous})` : ''}.`,
  };
}

function deliveryFailureLead(notice: TNotice): TWording {
  const failed = notice.failedDelivery!;
  const kind = NOTICE_KIND_NAMES[failed.kind];
  const addresses = failed.addresses.join(', ') || '—';
  return {
    vi: `Hệ thống không gửi được thông báo "${kind.vi}" tới ${addresses}: ${failed.reason}. Đề nghị kiểm tra địa chỉ thư điện tử trong danh bạ cơ quan và liên hệ trực tiếp với cơ quan.`,
    en: `The notice "${kind.en}" could not be delivered to ${addresses}: ${failed.reason}. Please check the address in the agency registry and contact the agency directly.`,
  };
}

/** How the deadline stands: "còn 7 ngày" / "7 days left". */
export function deadlineStanding(notice: TNotice): TWording | null {
  if (notice.daysOverdue !== undefined) return { vi: `quá hạn ${notice.daysOverdue} ngày`, en: `${days(notice.daysOverdue)} overdue` };
  if (notice.kind === 'due-today' || notice.daysLeft === 0) return { vi: 'hạn cuối là hôm nay', en: 'due today' };
  if (notice.daysLeft !== undefined) return { vi: `còn ${notice.daysLeft} ngày`, en: `${days(notice.daysLeft)} left` };
  return null;
}
