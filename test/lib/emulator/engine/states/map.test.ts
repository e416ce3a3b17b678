import { describe, expect, it } from 'vitest';
import { chainOf, detailsOf, runDefinition } from '../../../../support/emulator-engine/run-definition';
import { at } from '../../../../support/at';

const mapOf = (fields: Record<string, unknown>, inner: Record<string, unknown> = { Type: 'Pass', End: true }) => ({
  StartAt: 'M',
  States: {
    M: { Type: 'Map', ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'I', States: { I: inner } }, End: true, ...fields },
  },
});

describe('Map state', () => {
  it('runs each item and chains iterations as AWS records them with MaxConcurrency 1', async () => {
    const run = await runDefinition(mapOf({ MaxConcurrency: 1 }), { input: [1, 2] });
    expect(chainOf(run.events)).toEqual([
      [1, 0, 'ExecutionStarted'],
      [2, 0, 'MapStateEntered'],
      [3, 2, 'MapStateStarted'],
      [4, 3, 'MapIterationStarted'],
      [5, 4, 'PassStateEntered'],
      [6, 5, 'PassStateExited'],
      [7, 6, 'MapIterationSucceeded'],
      [8, 6, 'MapIterationStarted'],
      [9, 8, 'PassStateEntered'],
      [10, 9, 'PassStateExited'],
      [11, 10, 'MapIterationSucceeded'],
      [12, 11, 'MapStateSucceeded'],
      [13, 11, 'MapStateExited'],
      [14, 13, 'ExecutionSucceeded'],
    ]);
    expect(detailsOf(run.events[2])).toEqual({ length: 2 });
    expect(detailsOf(run.events[3])).toEqual({ index: 0, name: 'M' });
    expect(run.outcome.output).toBe('[1,2]');
  });

  it('reads items from ItemsPath and shapes each with ItemSelector and $$.Map.Item', async () => {
    const run = await runDefinition(
      mapOf({ ItemsPath: '$.list', ItemSelector: { 'i.$': '$$.Map.Item.Index', 'v.$': '$$.Map.Item.Value', 'tag.$': '$.tag' } }),
      { input: { list: ['a', 'b'], tag: 't' } },
    );
    expect(JSON.parse(String(run.outcome.output))).toEqual([
      { i: 0, v: 'a', tag: 't' },
      { i: 1, v: 'b', tag: 't' },
    ]);
  });

  it('fails the Map with MapIterationFailed then MapStateFailed, both pointing at the failing event', async () => {
    const run = await runDefinition(mapOf({ MaxConcurrency: 1 }, { Type: 'Fail', Error: 'E', Cause: 'C' }), { input: [1] });
    expect(chainOf(run.events).slice(5)).toEqual([
      [6, 5, 'MapIterationFailed'],
      [7, 5, 'MapStateFailed'],
      [8, 7, 'ExecutionFailed'],
    ]);
    expect(run.outcome).toMatchObject({ error: 'E', cause: 'C' });
  });

  it('fails the execution directly on a States.Runtime error inside an iteration', async () => {
    const run = await runDefinition(mapOf({}, { Type: 'Pass', InputPath: '$.missing', End: true }), { input: [{}] });
    expect(run.types).toEqual([
      'ExecutionStarted',
      'MapStateEntered',
      'MapStateStarted',
      'MapIterationStarted',
      'PassStateEntered',
      'ExecutionFailed',
    ]);
    expect(at(run.events, 5).previousEventId).toBe(5);
  });

  it('fails with States.Runtime when MaxConcurrencyPath is not an integer', async () => {
    const run = await runDefinition(mapOf({ ItemsPath: '$.v', MaxConcurrencyPath: '$.mc' }), { input: { v: [1], mc: 'x' } });
    expect(run.types).toEqual(['ExecutionStarted', 'MapStateEntered', 'ExecutionFailed']);
    expect(run.outcome.cause).toContain('The MaxConcurrencyPath field refers to value "x" which is not a valid integer: $.mc');
  });

  it('writes EvaluationFailed and MapStateFailed when JSONata Items is not an array', async () => {
    const run = await runDefinition({ QueryLanguage: 'JSONata', ...mapOf({ Items: '{% $states.input.n %}' }) }, { input: { n: 5 } });
    expect(chainOf(run.events)).toEqual([
      [1, 0, 'ExecutionStarted'],
      [2, 0, 'MapStateEntered'],
      [3, 0, 'EvaluationFailed'],
      [4, 3, 'MapStateFailed'],
      [5, 4, 'ExecutionFailed'],
    ]);
    expect(detailsOf(run.events[2])).toMatchObject({ error: 'States.QueryEvaluationError', location: 'Items', state: 'M' });
  });

  it('keeps variables assigned inside an iteration out of the outer scope', async () => {
    const run = await runDefinition({
      StartAt: 'Set',
      States: {
        Set: { Type: 'Pass', Assign: { outer: 1 }, Result: [1], Next: 'M' },
        M: {
          Type: 'Map',
          ItemProcessor: {
            StartAt: 'I',
            States: { I: { Type: 'Pass', Assign: { inner: 2 }, Parameters: { 'seen.$': '$outer' }, End: true } },
          },
          Next: 'After',
        },
        After: { Type: 'Pass', Parameters: { 'outer.$': '$outer' }, End: true },
      },
    });
    expect(run.outcome.output).toBe('{"outer":1}');
    const innerExit = run.events.find((e) => e.type === 'PassStateExited' && detailsOf(e).name === 'I');
    expect(detailsOf(innerExit).output).toBe('{"seen":1}');
  });

  it('tolerates failed items up to ToleratedFailureCount', async () => {
    const run = await runDefinition(mapOf({ ToleratedFailureCount: 1 }, { Type: 'Fail', Error: 'E' }), { input: [1] });
    expect(run.outcome.status).toBe('SUCCEEDED');
    const over = await runDefinition(mapOf({ ToleratedFailureCount: 1 }, { Type: 'Fail', Error: 'E' }), { input: [1, 2] });
    expect(over.outcome.error).toBe('States.ExceedToleratedFailureThreshold');
  });

  it('rejects ItemReader in an inline Map with a clear error (Distributed mode only)', async () => {
    const run = await runDefinition(mapOf({ ItemReader: { Resource: 'arn:aws:states:::s3:getObject' } }), { input: [] });
    expect(run.outcome.cause).toContain('ItemReader can only be used in a Map state whose ProcessorConfig.Mode is DISTRIBUTED');
  });
});

describe('Map state with many iterations waiting at once', () => {
  it('runs 50 concurrent waiting iterations without a listener-leak warning', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      const run = await runDefinition(mapOf({}, { Type: 'Wait', Seconds: 1, End: true }), {
        input: Array.from({ length: 50 }, (_, i) => i),
        timeScale: 0.01,
      });
      expect(run.types.at(-1)).toBe('ExecutionSucceeded');
      // Node emits process warnings on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).not.toContain('MaxListenersExceededWarning');
    } finally {
      process.off('warning', onWarning);
    }
  });
});
