// The report file of `dondoc report submit`: checked here, with the line to fix, before anything is sent.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../cli/commands/report-file';
import { AppError } from '../../../../client/errors';

function refusal(text: string): AppError {
  try {
    parseReport(text, 'report.yaml');
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the report to be refused');
}

describe('parseReport', () => {
  it('reads the narrative and the indicator counts', () => {
    const report = parseReport(['narrative: Đã triển khai tại 12 xã', 'indicators:', '  - code: CHILD_FRIENDLY_COMMUNES', '    count: 12', '    total: 20'].join('\n'), 'report.yaml');
    expect(report).toEqual({ narrative: 'Đã triển khai tại 12 xã', indicators: [{ code: 'CHILD_FRIENDLY_COMMUNES', count: 12, total: 20 }] });
  });

  it('allows a report without indicators', () => {
    expect(parseReport('narrative: Đã ban hành kế hoạch', 'report.yaml')).toEqual({ narrative: 'Đã ban hành kế hoạch', indicators: [] });
  });

  it('names the line and field of each problem, with exit code 2', () => {
    const error = refusal(['narrative: Đã làm', 'indicators:', '  - code: CHILD_FRIENDLY_COMMUNES', '    count: -3', '  - code: X', '    count: 1.5'].join('\n'));
    expect(error.code).toBe('bad_input');
    expect(error.message).toContain('report.yaml is not a valid report (nothing was sent):');
    expect(error.message).toContain('line 4, indicators.0.count: counts cannot be negative');
    expect(error.message).toContain('line 6, indicators.1.count: counts are whole numbers');
  });

  it('refuses an empty narrative, unknown fields and text that is not YAML', () => {
    expect(refusal('narrative: "  "').message).toContain('line 1, narrative: the narrative of the result must not be empty');
    expect(refusal('narrative: x\nchildren: [An, Bình]').message).toMatch(/Unrecognized key.*children/);
    expect(refusal('narrative: [unclosed').message).toContain('report.yaml is not valid YAML');
  });
});
