import { describe, expect, it } from 'vitest';
import { backdateExecution } from '@/lib/emulator/store/backdate-execution';
import { metricStore } from '../cloudwatch/metric-store-fixture';

describe('backdateExecution', () => {
  it('shifts the dates and every event of a closed execution in one go, and leaves running ones alone', () => {
    const fixture = metricStore();
    const closed = fixture.run(10_000, 12_000);
    const running = fixture.run(11_000, null);
    expect(backdateExecution(fixture.store, closed.id, -5_000)).toBe(true);
    expect(backdateExecution(fixture.store, running.id, -5_000)).toBe(false);
    const moved = fixture.store.getExecution(closed.arn)!;
    expect([moved.startDateMs, moved.stopDateMs]).toEqual([5_000, 7_000]);
    expect(fixture.store.getEvents(closed.id, 0, false, 10).map((e) => e.timestampMs)).toEqual([5_000, 7_000]);
    expect(fixture.store.getExecution(running.arn)!.startDateMs).toBe(11_000);
  });
});
