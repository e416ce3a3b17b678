import { describe, expect, it } from 'vitest';
import { chainOf, detailsOf, runDefinition } from '../../../../support/emulator-engine/run-definition';

describe('Fail state', () => {
  it('fails the execution with Error and Cause and writes no FailStateExited', async () => {
    const run = await runDefinition({ StartAt: 'F', States: { F: { Type: 'Fail', Error: 'Oops', Cause: 'because' } } });
    expect(chainOf(run.events)).toEqual([
      [1, 0, 'ExecutionStarted'],
      [2, 0, 'FailStateEntered'],
      [3, 2, 'ExecutionFailed'],
    ]);
    expect(detailsOf(run.events[2])).toEqual({ error: 'Oops', cause: 'because' });
  });

  it('writes empty details when the Fail state has neither Error nor Cause', async () => {
    const run = await runDefinition({ StartAt: 'F', States: { F: { Type: 'Fail' } } });
    expect(detailsOf(run.events[2])).toEqual({});
    expect(run.outcome.status).toBe('FAILED');
  });

  it('reads ErrorPath and CausePath from the input', async () => {
    const run = await runDefinition(
      { StartAt: 'F', States: { F: { Type: 'Fail', ErrorPath: '$.e', CausePath: '$.c' } } },
      { input: { e: 'E1', c: 'C1' } },
    );
    expect(run.outcome).toMatchObject({ error: 'E1', cause: 'C1' });
  });

  it('evaluates JSONata Error and Cause', async () => {
    const run = await runDefinition(
      { QueryLanguage: 'JSONata', StartAt: 'F', States: { F: { Type: 'Fail', Error: 'E', Cause: '{% $states.input.why %}' } } },
      { input: { why: 'no reason' } },
    );
    expect(run.outcome).toMatchObject({ error: 'E', cause: 'no reason' });
  });
});

describe('Succeed state', () => {
  it('writes SucceedStateExited and ends the execution with its OutputPath', async () => {
    const run = await runDefinition({ StartAt: 'S', States: { S: { Type: 'Succeed', OutputPath: '$.keep' } } }, { input: { keep: [1], drop: 2 } });
    expect(run.types).toEqual(['ExecutionStarted', 'SucceedStateEntered', 'SucceedStateExited', 'ExecutionSucceeded']);
    expect(run.outcome.output).toBe('[1]');
  });
});
