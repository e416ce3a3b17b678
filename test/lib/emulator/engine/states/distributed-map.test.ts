import { describe, expect, it } from 'vitest';
import { chainOf, detailsOf, runDefinition } from '../../../../support/emulator-engine/run-definition';

const distributed = (fields: Record<string, unknown>, inner: Record<string, unknown> = { Type: 'Pass', End: true }) => ({
  StartAt: 'M',
  States: {
    M: {
      Type: 'Map',
      ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'I', States: { I: inner } },
      End: true,
      ...fields,
    },
  },
});

describe('Distributed Map state', () => {
  it('writes MapRunStarted/MapRunSucceeded instead of the iterations’ events', async () => {
    const run = await runDefinition(distributed({ ItemsPath: '$.items' }), { input: { items: [1, 2] } });
    expect(chainOf(run.events)).toEqual([
      [1, 0, 'ExecutionStarted'],
      [2, 0, 'MapStateEntered'],
      [3, 2, 'MapStateStarted'],
      [4, 3, 'MapRunStarted'],
      [5, 4, 'MapRunSucceeded'],
      [6, 5, 'MapStateSucceeded'],
      [7, 5, 'MapStateExited'],
      [8, 7, 'ExecutionSucceeded'],
    ]);
    expect(String(detailsOf(run.events[3]).mapRunArn)).toMatch(
      /^arn:aws:states:us-east-1:123456789012:mapRun:TestMachine\/M:[0-9a-f-]{36}$/,
    );
    expect(run.outcome.output).toBe('[1,2]');
  });

  it('fails with States.Runtime after MapStateStarted for a negative ToleratedFailureCountPath, without MapStateFailed', async () => {
    const run = await runDefinition(distributed({ ToleratedFailureCountPath: '$.n' }), { input: [0], timeScale: 0 });
    expect(run.types).toEqual(['ExecutionStarted', 'MapStateEntered', 'MapStateStarted', 'ExecutionFailed']);
    const bad = await runDefinition(distributed({ ItemsPath: '$.items', ToleratedFailureCountPath: '$.n' }), {
      input: { items: [0], n: -1 },
    });
    expect(bad.outcome.cause).toMatch(/ToleratedFailureCount cannot be negative\.$/);
  });

  it('writes MapRunFailed and MapStateFailed when more items fail than tolerated', async () => {
    const run = await runDefinition(distributed({ ToleratedFailureCount: 0 }, { Type: 'Fail', Error: 'E' }), { input: [1] });
    expect(run.types.slice(-3)).toEqual(['MapRunFailed', 'MapStateFailed', 'ExecutionFailed']);
    expect(run.outcome.error).toBe('States.ExceedToleratedFailureThreshold');
  });

  it('puts tolerated failures into the results as error objects', async () => {
    const run = await runDefinition(distributed({ ToleratedFailurePercentage: 100 }, { Type: 'Fail', Error: 'E', Cause: 'C' }), {
      input: [1, 2],
    });
    expect(run.outcome.status).toBe('SUCCEEDED');
    expect(JSON.parse(String(run.outcome.output))).toEqual([
      { Error: 'E', Cause: 'C' },
      { Error: 'E', Cause: 'C' },
    ]);
  });
});
