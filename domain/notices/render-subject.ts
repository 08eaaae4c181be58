// Subjects that sort well in an inbox: a fixed prefix, what happened, then the task reference,
// so that a folder sorted by subject groups the notices of one kind, then of one task.
import { nfc, shorten } from './format';
import { type TNotice } from './notice';
import { noticeHeadline } from './wording';

const SUBJECT_PREFIX = '[dondoc]';

/** Long enough to recognise the task, short enough for a phone's inbox line. */
const TASK_TEXT_LIMIT = 60;

/** "[dondoc] Còn 7 ngày đến hạn: II.2.4 Tăng cường công tác truyền thông…" */
export function renderNoticeSubject(notice: TNotice): string {
  return nfc(`${SUBJECT_PREFIX} ${noticeHeadline(notice).vi}: ${notice.task.ref} ${shorten(notice.task.text, TASK_TEXT_LIMIT)}`);
}
