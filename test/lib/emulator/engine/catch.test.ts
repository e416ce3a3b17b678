import { describe, expect, it } from 'vitest';
import { TaskFailure } from '@/lib/emulator/engine/types';
import { chainOf, detailsOf, runDefinition } from '../../../support/emulator-engine/run-definition';

const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:broken';
const throwing = (error: string, cause: string) => async () => {
  throw new TaskFailure(error, cause);
};

function taskWithCatch(katch: unknown[], extra: Record<string, unknown> = {}) {
  return {
    StartAt: 'T',
    States: {
      T: { Type: 'Task', Resource: LAMBDA, Catch: katch, Next: 'Ok', ...extra },
      Ok: { Type: 'Pass', End: true },
      Handler: { Type: 'Pass', End: true },
    },
  };
}

describe('Catch', () => {
  it('exits the state with {Error, Cause} and moves to the catcher’s Next', async () => {
    const run = await runDefinition(taskWithCatch([{ ErrorEquals: ['Boom'], Next: 'Handler' }]), { invoke: throwing('Boom', 'why') });
    expect(chainOf(run.events).slice(4)).toEqual([
      [5, 4, 'LambdaFunctionFailed'],
      [6, 5, 'TaskStateExited'],
      [7, 6, 'PassStateEntered'],
      [8, 7, 'PassStateExited'],
      [9, 8, 'ExecutionSucceeded'],
    ]);
    expect(detailsOf(run.events[6]).name).toBe('Handler');
    expect(run.outcome.output).toBe('{"Error":"Boom","Cause":"why"}');
  });

  it('merges the error output at the catcher’s ResultPath', async () => {
    const run = await runDefinition(taskWithCatch([{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Handler' }]), {
      input: { keep: 1 },
      invoke: throwing('Boom', 'why'),
    });
    expect(run.outcome.output).toBe('{"keep":1,"error":{"Error":"Boom","Cause":"why"}}');
  });

  it('uses the first catcher that matches', async () => {
    const run = await runDefinition(
      taskWithCatch([
        { ErrorEquals: ['Other'], Next: 'Ok' },
        { ErrorEquals: ['Boom'], Next: 'Handler' },
        { ErrorEquals: ['States.ALL'], Next: 'Ok' },
      ]),
      { invoke: throwing('Boom', '') },
    );
    expect(detailsOf(run.events[6]).name).toBe('Handler');
  });

  it('lets an unmatched error fail the execution with no TaskStateExited', async () => {
    const run = await runDefinition(taskWithCatch([{ ErrorEquals: ['Other'], Next: 'Handler' }]), { invoke: throwing('Boom', 'c') });
    expect(run.types.slice(-2)).toEqual(['LambdaFunctionFailed', 'ExecutionFailed']);
  });

  it('catches States.Timeout with an empty Cause in the error output', async () => {
    const run = await runDefinition(taskWithCatch([{ ErrorEquals: ['States.Timeout'], Next: 'Handler' }], { TimeoutSeconds: 1 }), {
      timeScale: 0.001,
      invoke: () => new Promise(() => {}),
    });
    expect(run.outcome.output).toBe('{"Error":"States.Timeout","Cause":""}');
  });

  it('does not catch States.Runtime with States.ALL', async () => {
    const run = await runDefinition(taskWithCatch([{ ErrorEquals: ['States.ALL'], Next: 'Handler' }], { InputPath: '$.nope' }));
    expect(run.outcome.error).toBe('States.Runtime');
  });

  it('catches a Map failure and exits with the error output (MapStateExited after MapStateFailed)', async () => {
    const run = await runDefinition(
      {
        StartAt: 'M',
        States: {
          M: {
            Type: 'Map',
            ItemProcessor: { StartAt: 'F', States: { F: { Type: 'Fail', Error: 'E', Cause: 'C' } } },
            Catch: [{ ErrorEquals: ['E'], Next: 'Caught' }],
            End: true,
          },
          Caught: { Type: 'Pass', End: true },
        },
      },
      { input: [1] },
    );
    const failed = run.events.find((e) => e.type === 'MapStateFailed');
    const exited = run.events.find((e) => e.type === 'MapStateExited');
    expect(exited?.previousEventId).toBe(failed?.id);
    expect(run.outcome.output).toBe('{"Error":"E","Cause":"C"}');
  });

  it('evaluates a JSONata catcher’s Output and Assign with $states.errorOutput', async () => {
    const run = await runDefinition(
      {
        QueryLanguage: 'JSONata',
        StartAt: 'T',
        States: {
          T: {
            Type: 'Task',
            Resource: LAMBDA,
            Catch: [
              {
                ErrorEquals: ['States.ALL'],
                Assign: { err: '{% $states.errorOutput.Error %}' },
                Output: { input: '{% $states.input %}', e: '{% $states.errorOutput %}' },
                Next: 'H',
              },
            ],
            End: true,
          },
          H: { Type: 'Pass', Output: '{% $err %}', End: true },
        },
      },
      { input: { a: 1 }, invoke: throwing('Boom', 'c') },
    );
    const exited = run.events.find((e) => e.type === 'TaskStateExited');
    expect(detailsOf(exited)).toMatchObject({
      assignedVariables: { err: '"Boom"' },
      output: '{"input":{"a":1},"e":{"Error":"Boom","Cause":"c"}}',
    });
    expect(run.outcome.output).toBe('"Boom"');
  });
});
