import { describe, expect, it } from 'vitest';
import { detailsOf, runDefinition } from '../../../support/emulator-engine/run-definition';

describe('runExecution', () => {
  it('writes ExecutionStarted with the input text exactly as sent and the role ARN', async () => {
    const run = await runDefinition({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }, { input: { b: 1, a: [1, 2] } });
    expect(run.events[0]).toMatchObject({ id: 1, previousEventId: 0, type: 'ExecutionStarted' });
    expect(detailsOf(run.events[0])).toEqual({
      input: '{"b":1,"a":[1,2]}',
      inputDetails: { truncated: false },
      roleArn: 'arn:aws:iam::123456789012:role/TestRole',
    });
    expect(run.events.every((e) => e.timestamp instanceof Date)).toBe(true);
    expect(run.outcome).toMatchObject({ status: 'SUCCEEDED', output: '{"b":1,"a":[1,2]}' });
  });

  it('times the execution out with ExecutionTimedOut when the definition TimeoutSeconds passes', async () => {
    const run = await runDefinition(
      { TimeoutSeconds: 1, StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 100, End: true } } },
      { timeScale: 0.01 },
    );
    expect(run.types).toEqual(['ExecutionStarted', 'WaitStateEntered', 'ExecutionTimedOut']);
    // Measured on AWS: ExecutionTimedOut points at event 0, like ExecutionAborted.
    expect(run.events[2]).toMatchObject({ previousEventId: 0 });
    expect(detailsOf(run.events[2])).toEqual({ error: 'States.Timeout' });
    expect(run.outcome.status).toBe('TIMED_OUT');
  });

  it('fails with States.DataLimitExceeded when a state output exceeds 256 KiB', async () => {
    const run = await runDefinition({ StartAt: 'P', States: { P: { Type: 'Pass', Result: 'x'.repeat(262_144), End: true } } });
    expect(run.types).toEqual(['ExecutionStarted', 'PassStateEntered', 'ExecutionFailed']);
    expect(run.outcome.error).toBe('States.DataLimitExceeded');
  });

  it('honours a per-state QueryLanguage override', async () => {
    const run = await runDefinition(
      {
        StartAt: 'A',
        States: {
          A: { Type: 'Pass', QueryLanguage: 'JSONata', Output: '{% $states.input.n + 1 %}', Next: 'B' },
          B: { Type: 'Pass', Parameters: { 'v.$': '$' }, End: true },
        },
      },
      { input: { n: 1 } },
    );
    expect(run.outcome.output).toBe('{"v":2}');
  });

  it('aborts immediately when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort({ cause: 'stopped early' });
    const run = await runDefinition(
      { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 10, End: true } } },
      { signal: controller.signal },
    );
    expect(run.types).toEqual(['ExecutionStarted', 'ExecutionAborted']);
    expect(run.outcome).toMatchObject({ status: 'ABORTED', cause: 'stopped early' });
  });
});
