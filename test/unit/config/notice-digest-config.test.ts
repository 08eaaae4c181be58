import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../config/config';

describe('DONDOC_NOTICE_DIGEST', () => {
  it('gathers routine notices in a daily digest unless turned off', () => {
    expect(loadConfig({}).noticeDigest).toBe('daily');
    expect(loadConfig({ DONDOC_NOTICE_DIGEST: 'off' }).noticeDigest).toBe('off');
  });

  it('names the values it accepts', () => {
    expect(() => loadConfig({ DONDOC_NOTICE_DIGEST: 'weekly' })).toThrow(ConfigError);
    expect(() => loadConfig({ DONDOC_NOTICE_DIGEST: 'weekly' })).toThrow(/DONDOC_NOTICE_DIGEST.*daily \(one digest per agency and working day\) or off/s);
  });
});
