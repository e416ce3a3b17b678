import { describe, expect, it } from 'vitest';
import { overviewLogCaveat } from '@/lib/execution-list/overview-log-caveat';

describe("overviewLogCaveat (what an Express machine's log level leaves out of its overview row)", () => {
  it('says nothing at ALL: every execution is logged', () => {
    expect(overviewLogCaveat('ALL')).toBeUndefined();
  });

  it.each(['ERROR', 'FATAL'] as const)(
    'at %s says only failures are counted, so the rate reads 100 %% and durations are unknown',
    (level) => {
      expect(overviewLogCaveat(level)).toBe(
        `Logged at ${level}: successful executions write nothing, so only failures are counted (the failure rate reads 100 %) and durations are not known.`,
      );
    },
  );

  it('says nothing with logging off: the row shows the logging-off problem instead of counts', () => {
    expect(overviewLogCaveat('OFF')).toBeUndefined();
  });
});
