// The board's query string: blank form fields mean "any", a bad value is kept with its message,
// and the links keep the filters while changing the sort or the page.
import { describe, expect, it } from 'vitest';
import { boardHref, parseBoardQuery, sortHref, type TBoardQuery } from '../../../web/board/board-query';
import { quarterOf } from '../../../web/routes/board';

describe('the board query', () => {
  it('reads blank fields as any and falls back to the default sort and page', () => {
    expect(parseBoardQuery({ plan: '', group: ' ', colour: 'red', sort: 'nonsense', page: '-3' }, 'vi')).toEqual({ ok: true, query: { colour: 'red', sort: 'due', dir: 'asc', page: 1 } });
  });

  it('keeps what was typed, with a message for each bad field', () => {
    const result = parseBoardQuery({ dueFrom: '2026-12-31', dueTo: '2026-01-01', colour: 'pink' }, 'vi');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.typed.dueTo).toBe('2026-01-01');
    expect(result.errors.colour).toBe('Chọn một trạng thái trong danh sách.');
    expect(parseBoardQuery({ dueFrom: '2026-12-31', dueTo: '2026-01-01' }, 'en')).toMatchObject({ ok: false, errors: { dueTo: '“Due to” must be on or after “Due from”.' } });
  });

  it('builds links that keep the filters, flip the sort direction and go back to page 1', () => {
    const query: TBoardQuery = { group: 'Nhóm & một', colour: 'red', sort: 'due', dir: 'asc', page: 3 };
    expect(boardHref(query)).toBe('/board?group=Nh%C3%B3m+%26+m%E1%BB%99t&colour=red&page=3');
    expect(sortHref(query, 'agency')).toBe('/board?group=Nh%C3%B3m+%26+m%E1%BB%99t&colour=red&sort=agency');
    expect(sortHref({ ...query, sort: 'agency' }, 'agency')).toBe('/board?group=Nh%C3%B3m+%26+m%E1%BB%99t&colour=red&sort=agency&dir=desc');
    expect(boardHref({ sort: 'due', dir: 'asc', page: 1 })).toBe('/board');
  });

  it('names the quarter of an instant in Vietnam time', () => {
    expect(quarterOf(new Date('2026-03-31T17:30:00Z'))).toBe('2026-Q2');
    expect(quarterOf(new Date('2026-12-31T16:00:00Z'))).toBe('2026-Q4');
  });
});
