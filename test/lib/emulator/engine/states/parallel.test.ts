import { describe, expect, it } from 'vitest';
import { TaskFailure } from '@/lib/emulator/engine/types';
import { chainOf, detailsOf, runDefinition } from '../../../../support/emulator-engine/run-definition';

describe('Parallel state', () => {
  it('runs every branch on the same input and outputs their results in branch order', async () => {
    const run = await runDefinition(
      {
        StartAt: 'Both',
        States: {
          Both: {
            Type: 'Parallel',
            Branches: [
              { StartAt: 'A', States: { A: { Type: 'Pass', Result: 'a', End: true } } },
              { StartAt: 'B', States: { B: { Type: 'Pass', InputPath: '$.x', End: true } } },
            ],
            End: true,
          },
        },
      },
      { input: { x: 7 } },
    );
    expect(run.outcome.output).toBe('["a",7]');
    const started = run.events.find((e) => e.type === 'ParallelStateStarted');
    expect(started).toMatchObject({ id: 3, previousEventId: 2 });
    expect(started).not.toHaveProperty('parallelStateStartedEventDetails');
    // Each branch's first state points at ParallelStateStarted.
    const entered = run.events.filter((e) => e.type === 'PassStateEntered');
    expect(entered.map((e) => e.previousEventId)).toEqual([3, 3]);
    const succeeded = run.events.find((e) => e.type === 'ParallelStateSucceeded');
    const exited = run.events.find((e) => e.type === 'ParallelStateExited');
    expect(exited?.previousEventId).toBe(succeeded?.previousEventId);
  });

  it('writes ParallelStateFailed pointing at the failing branch event, as recorded on AWS', async () => {
    const run = await runDefinition({
      StartAt: 'P',
      States: { P: { Type: 'Parallel', End: true, Branches: [{ StartAt: 'F', States: { F: { Type: 'Fail', Error: 'FailureType' } } }] } },
    });
    expect(chainOf(run.events)).toEqual([
      [1, 0, 'ExecutionStarted'],
      [2, 0, 'ParallelStateEntered'],
      [3, 2, 'ParallelStateStarted'],
      [4, 3, 'FailStateEntered'],
      [5, 4, 'ParallelStateFailed'],
      [6, 5, 'ExecutionFailed'],
    ]);
    expect(detailsOf(run.events[5])).toEqual({ error: 'FailureType' });
  });

  it('closes a failed branch Task with TaskStateAborted and catches the branch error', async () => {
    const run = await runDefinition(
      {
        StartAt: 'P',
        States: {
          P: {
            Type: 'Parallel',
            Branches: [{ StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:1:function:f', End: true } } }],
            Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.err', Next: 'Done' }],
            End: true,
          },
          Done: { Type: 'Pass', End: true },
        },
      },
      {
        invoke: async () => {
          throw new TaskFailure('Boom', 'bad');
        },
      },
    );
    const failedId = run.events.find((e) => e.type === 'LambdaFunctionFailed')?.id;
    expect(run.events.find((e) => e.type === 'TaskStateAborted')?.previousEventId).toBe(failedId);
    expect(run.events.find((e) => e.type === 'ParallelStateFailed')?.previousEventId).toBe(failedId);
    expect(run.outcome.output).toBe('{"err":{"Error":"Boom","Cause":"bad"}}');
  });

  it('fails the execution directly on a States.Runtime error in a branch, with no ParallelStateFailed', async () => {
    const run = await runDefinition(
      {
        StartAt: 'P',
        States: {
          P: {
            Type: 'Parallel',
            End: true,
            Branches: [{ StartAt: 'Fast', States: { Fast: { Type: 'Pass', Parameters: { 'm.$': '$.nope' }, End: true } } }],
          },
        },
      },
      { input: { x: 'a' } },
    );
    expect(chainOf(run.events)).toEqual([
      [1, 0, 'ExecutionStarted'],
      [2, 0, 'ParallelStateEntered'],
      [3, 2, 'ParallelStateStarted'],
      [4, 3, 'PassStateEntered'],
      [5, 4, 'ExecutionFailed'],
    ]);
    expect(run.outcome.cause).toMatch(/^An error occurred while executing the state 'Fast' \(entered at the event id #4\)\. /);
  });

  it('aborts a sibling branch that is still waiting when another branch fails', async () => {
    const run = await runDefinition(
      {
        StartAt: 'P',
        States: {
          P: {
            Type: 'Parallel',
            End: true,
            Branches: [
              { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 60, End: true } } },
              { StartAt: 'F', States: { F: { Type: 'Fail', Error: 'E' } } },
            ],
          },
        },
      },
      { timeScale: 1 },
    );
    expect(run.types).toContain('WaitStateAborted');
    expect(run.types.at(-1)).toBe('ExecutionFailed');
  });
});
