import { describe, expect, it } from 'vitest';
import { chainOf, detailsOf, runDefinition } from '../../../../support/emulator-engine/run-definition';

const waitFor = (fields: Record<string, unknown>) => ({ StartAt: 'W', States: { W: { Type: 'Wait', ...fields, End: true } } });

describe('Wait state', () => {
  it('waits Seconds scaled by timeScale and passes its input on', async () => {
    const run = await runDefinition(waitFor({ Seconds: 3600 }), { input: { a: 1 }, timeScale: 0 });
    expect(run.types).toEqual(['ExecutionStarted', 'WaitStateEntered', 'WaitStateExited', 'ExecutionSucceeded']);
    expect(run.outcome.output).toBe('{"a":1}');
  });

  it('accepts a past Timestamp and a SecondsPath integer', async () => {
    expect((await runDefinition(waitFor({ Timestamp: '2016-03-14T01:59:00Z' }))).outcome.status).toBe('SUCCEEDED');
    expect((await runDefinition(waitFor({ SecondsPath: '$.s' }), { input: { s: 5 } })).outcome.status).toBe('SUCCEEDED');
  });

  it('fails a negative SecondsPath with AWS’s wording', async () => {
    const run = await runDefinition(waitFor({ SecondsPath: '$.s' }), { input: { s: -1 } });
    expect(run.outcome).toMatchObject({
      status: 'FAILED',
      error: 'States.Runtime',
      cause:
        "An error occurred while executing the state 'W' (entered at the event id #2). The SecondsPath parameter references a negative value: $.s == -1",
    });
  });

  it('fails a non-integer SecondsPath and an invalid TimestampPath', async () => {
    const seconds = await runDefinition(waitFor({ SecondsPath: '$.s' }), { input: { s: 1.5 } });
    expect(seconds.outcome.cause).toContain('The SecondsPath parameter cannot be parsed as a long value: $.s == 1.5');
    const stamp = await runDefinition(waitFor({ TimestampPath: '$.t' }), { input: { t: '2016-03-14 01:59:00' } });
    expect(stamp.outcome.cause).toContain(
      'The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: $.t == 2016-03-14 01:59:00',
    );
  });

  it('writes EvaluationFailed pointing at WaitStateEntered for a bad JSONata Timestamp', async () => {
    const run = await runDefinition(
      { QueryLanguage: 'JSONata', ...waitFor({ Timestamp: '{% $states.input.t %}' }) },
      { input: { t: 'soon' } },
    );
    expect(chainOf(run.events).slice(1)).toEqual([
      [2, 0, 'WaitStateEntered'],
      [3, 2, 'EvaluationFailed'],
      [4, 3, 'ExecutionFailed'],
    ]);
    expect(detailsOf(run.events[2])).toMatchObject({ error: 'States.QueryEvaluationError', location: 'Timestamp', state: 'W' });
  });

  it('ends with ExecutionAborted (previousEventId 0, the stop reason) when stopped while waiting', async () => {
    const controller = new AbortController();
    const run = await runDefinition(waitFor({ Seconds: 60 }), {
      timeScale: 1,
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type === 'WaitStateEntered') setTimeout(() => controller.abort({ error: 'Stopped', cause: 'by test' }), 1);
      },
    });
    expect(chainOf(run.events)).toEqual([
      [1, 0, 'ExecutionStarted'],
      [2, 0, 'WaitStateEntered'],
      [3, 0, 'ExecutionAborted'],
    ]);
    expect(detailsOf(run.events[2])).toEqual({ error: 'Stopped', cause: 'by test' });
    expect(run.outcome).toMatchObject({ status: 'ABORTED', error: 'Stopped', cause: 'by test' });
  });
});
