// The desk's result form read and shown without a server: numbers as officials type them, the
// workflow's schema messages beside their fields in Vietnamese, a part larger than its whole
// caught before sending, optional figures left out, and the values typed kept in the form.
import { describe, expect, it } from 'vitest';
import { explanationAwaited } from '../../../client/desk/result-terms';
import { contentDisposition } from '../../../web/routes/attachments';
import { readNumber, readResultForm, renderResultForm, type TIndicatorTerms } from '../../../web/desk/result-form';

const indicator = (code: string, needsTotal: boolean, optional = false): TIndicatorTerms[number] => ({ code, needsTotal, optional, nameVi: `Tên ${code}`, nameEn: `Name ${code}`, wholeVi: null, wholeEn: null });
const terms = [indicator('SHARE', true), indicator('COUNT', false), indicator('EXTRA', false, true)];

describe('reading the result form', () => {
  it('reads numbers as officials type them', () => {
    expect(readNumber('12')).toBe(12);
    expect(readNumber('1.234')).toBe(1234);
    expect(readNumber('1 234')).toBe(1234);
    expect(readNumber('-3')).toBe(-3);
    expect(readNumber('1,5')).toBe(1.5);
    expect(readNumber('mười')).toBeNaN();
  });

  it('gives the report when every field is right, leaving out an optional figure left empty', () => {
    const read = readResultForm({ narrative: ' Đã thực hiện. ', 'count.SHARE': '7', 'total.SHARE': '10', 'count.COUNT': '1.234' }, terms, 'vi');
    expect(read.messages).toEqual({});
    expect(read.report).toEqual({ narrative: 'Đã thực hiện.', indicators: [{ code: 'SHARE', count: 7, total: 10 }, { code: 'COUNT', count: 1234 }] });
  });

  it('puts each message beside its field: a negative count, a part larger than its whole, an empty required figure, no narrative', () => {
    const read = readResultForm({ narrative: '', 'count.SHARE': '12', 'total.SHARE': '10', 'count.COUNT': '-3' }, terms, 'vi');
    expect(read.report).toBeNull();
    expect(read.messages).toEqual({
      'count.SHARE': 'Số lượng (12) lớn hơn tổng số (10).',
      'count.COUNT': 'Số liệu không được âm.',
      narrative: 'Chưa nhập nội dung kết quả.',
    });
    const english = readResultForm({ narrative: 'x', 'count.SHARE': '', 'total.SHARE': '4', 'count.COUNT': '2,5' }, terms, 'en');
    expect(english.messages).toEqual({ 'count.SHARE': 'Required.', 'count.COUNT': 'counts are whole numbers' });
  });

  it("reads a unit's report section by section: an answer, nothing to report, or left out when carried over", () => {
    const sections = [
      { taskRef: 'II.2.1', taskText: 'Rà soát chính sách', role: 'lead' as const, carriedOver: false },
      { taskRef: 'II.2.2', taskText: 'Triển khai chương trình', role: 'coordinator' as const, carriedOver: false },
      { taskRef: 'II.2.3', taskText: 'Phòng chống tai nạn', role: 'coordinator' as const, carriedOver: true },
    ];
    const fields = { narrative: 'Chung.', 'count.SHARE': '1', 'total.SHARE': '2', 'count.COUNT': '3' };
    const missing = readResultForm(fields, terms, 'vi', sections);
    expect(missing.messages).toEqual({ 'section.II.2.1': 'Nhập kết quả của nhiệm vụ này, hoặc đánh dấu "Không có gì để báo cáo".', 'section.II.2.2': 'Nhập kết quả của nhiệm vụ này, hoặc đánh dấu "Không có gì để báo cáo".' });
    const read = readResultForm({ ...fields, 'section.II.2.1': 'Đã rà soát.', 'nothing.II.2.2': '1' }, terms, 'vi', sections);
    expect(read.messages).toEqual({});
    expect(read.report?.sections).toEqual([{ taskRef: 'II.2.1', narrative: 'Đã rà soát.' }, { taskRef: 'II.2.2', nothingToReport: true }]);
    const form = renderResultForm({ action: '/x', csrfToken: 't', lang: 'vi', indicators: [], sections, fields: { 'nothing.II.2.2': '1' }, messages: missing.messages }).value;
    expect(form).toContain('<legend>II.2.1 · Chủ trì</legend>');
    expect(form).toMatch(/name="nothing\.II\.2\.2" value="1" checked/);
    expect(form).toContain('aria-describedby="field-section-II-2-1-error"');
  });

  it('shows the typed values again with the message tied to its input', () => {
    const form = renderResultForm({ action: '/desk/assignments/a%2Fb/result', csrfToken: 't', lang: 'vi', indicators: terms, fields: { 'count.COUNT': '-3', narrative: '<b>giữ</b>' }, messages: { 'count.COUNT': 'Số liệu không được âm.' } }).value;
    expect(form).toContain('enctype="multipart/form-data"');
    expect(form).toMatch(/name="count\.COUNT" inputmode="numeric" size="8" value="-3" aria-invalid="true" aria-describedby="field-count-COUNT-error"/);
    expect(form).toContain('<div class="field-error" id="field-count-COUNT-error">Số liệu không được âm.</div>');
    expect(form).toContain('&lt;b&gt;giữ&lt;/b&gt;</textarea>');
    expect(form).toContain('type="file"');
    expect(form).toContain('tối đa 10 MB');
  });
});

describe('the explanation awaited', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));
  it('is awaited after a request, until an explanation is sent after it', () => {
    expect(explanationAwaited([])).toBe(false);
    expect(explanationAwaited([{ at: at(1), action: 'explanation-requested' }])).toBe(true);
    expect(explanationAwaited([{ at: at(1), action: 'explanation-requested' }, { at: at(2), action: 'explanation-submitted' }])).toBe(false);
    expect(explanationAwaited([{ at: at(2), action: 'explanation-submitted' }, { at: at(3), action: 'explanation-requested' }, { at: at(1), action: 'explanation-requested' }])).toBe(true);
  });
});

describe('the download header', () => {
  it('names the file in ASCII and in UTF-8', () => {
    expect(contentDisposition('Báo cáo "đầy đủ".pdf')).toBe(`attachment; filename="Bao cao _day du_.pdf"; filename*=UTF-8''${encodeURIComponent('Báo cáo "đầy đủ".pdf')}`);
  });
});
