import { describe, expect, it } from 'vitest';
import { backdateExecutionAction } from '@/lib/emulator/cloudwatch/backdate-execution-action';
import { metricStore } from './metric-store-fixture';

const NOW = Date.UTC(2026, 11, 4, 12, 0);
const DAY = 86_400_000;

describe('BackdateExecution (emulator-only)', () => {
  it('moves a closed execution and its history to an earlier start, keeping its duration', () => {
    const fixture = metricStore();
    const run = fixture.run(NOW - 5_000, NOW - 1_000);
    const answer = backdateExecutionAction({ ExecutionArn: run.arn, StartDate: new Date(NOW - 3 * DAY).toISOString() }, fixture.store, NOW);
    expect(answer).toEqual({ StartDate: (NOW - 3 * DAY) / 1000, StopDate: (NOW - 3 * DAY + 4_000) / 1000 });
    const moved = fixture.store.getExecution(run.arn)!;
    expect([moved.startDateMs, moved.stopDateMs]).toEqual([NOW - 3 * DAY, NOW - 3 * DAY + 4_000]);
    expect(fixture.store.getEvents(run.id, 0, false, 10).map((e) => e.timestampMs)).toEqual([NOW - 3 * DAY, NOW - 3 * DAY + 4_000]);
  });

  it('refuses a running execution, an unknown one, a move forward and one beyond 90 days', () => {
    const fixture = metricStore();
    const running = fixture.run(NOW - 5_000, null);
    const closed = fixture.run(NOW - 5_000, NOW - 1_000);
    const call = (arn: string, startMs: number) => () =>
      backdateExecutionAction({ ExecutionArn: arn, StartDate: startMs / 1000 }, fixture.store, NOW);
    expect(call(running.arn, NOW - DAY)).toThrow(/is still running/);
    expect(call(`${closed.arn}-nope`, NOW - DAY)).toThrow(/names no execution/);
    expect(call(closed.arn, NOW)).toThrow(/into the past/);
    expect(call(closed.arn, NOW - 91 * DAY)).toThrow(/at most 90 days back/);
  });
});
