import { describe, expect, it } from 'vitest';
import { buildRedrivePlan, type RecordedEvent } from '@/lib/emulator/engine/redrive/build-redrive-plan';
import { runExecution } from '@/lib/emulator/engine/run-execution';
import type { MachineNode } from '@/lib/emulator/engine/runtime';
import { TaskFailure, type EmulatorHistoryEvent, type ExecutionOutcome } from '@/lib/emulator/engine/types';
import { detailsOf } from '../../../../support/emulator-engine/run-definition';

const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:work';
const task = (extra: Record<string, unknown> = {}) => ({ Type: 'Task', Resource: LAMBDA, ...extra });

const toRecorded = (event: EmulatorHistoryEvent): RecordedEvent => ({
  id: event.id,
  previousEventId: event.previousEventId,
  type: event.type,
  details: detailsOf(event),
});

/** Runs a definition, then redrives it `redrives` times; `failing` is read at each Task call. */
async function runAndRedrive(definition: object, input: unknown, failing: Set<unknown>, fixes: Array<() => void>) {
  const events: EmulatorHistoryEvent[] = [];
  const calls: unknown[] = [];
  const outcomes: ExecutionOutcome[] = [];
  const node = definition as unknown as MachineNode;
  const run = (redrive?: Parameters<typeof runExecution>[0]['redrive']) =>
    runExecution({
      definition: JSON.stringify(definition),
      input: JSON.stringify(input),
      executionArn: 'arn:aws:states:us-east-1:123456789012:execution:M:e',
      stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:M',
      stateMachineName: 'M',
      executionName: 'e',
      roleArn: 'arn:aws:iam::123456789012:role/R',
      region: 'us-east-1',
      accountId: '123456789012',
      startDate: new Date('2024-03-10T16:23:46.123Z'),
      timeScale: 0,
      signal: new AbortController().signal,
      invoker: {
        invoke: async ({ payload }) => {
          calls.push(payload);
          const value = (payload as { v?: unknown }).v;
          if (failing.has(value)) throw new TaskFailure('Broken', `no ${String(value)}`);
          return { done: value };
        },
      },
      onEvent: (event) => events.push(event),
      ...(redrive ? { redrive } : {}),
    });
  outcomes.push(await run());
  for (const [index, fix] of fixes.entries()) {
    fix();
    const resume = buildRedrivePlan(node, events.map(toRecorded));
    outcomes.push(await run({ lastEventId: events.at(-1)!.id, redriveCount: index + 1, ...(resume ? { resume } : {}) }));
  }
  return { events, calls, outcomes };
}

describe('buildRedrivePlan', () => {
  it('resumes at the failed state with its entered input and the variables assigned before it', async () => {
    const definition = {
      StartAt: 'Prepare',
      States: {
        Prepare: { Type: 'Pass', Parameters: { v: 'a' }, Assign: { tries: 1 }, Next: 'Work' },
        Work: task({ Next: 'Report' }),
        Report: { Type: 'Pass', Parameters: { 'done.$': '$.done', 'tries.$': '$tries' }, End: true },
      },
    };
    const failing = new Set<unknown>(['a']);
    const { events, outcomes, calls } = await runAndRedrive(definition, {}, failing, [() => failing.clear()]);
    const firstAttempt = events.slice(0, events.findIndex((event) => event.type === 'ExecutionFailed') + 1);
    expect(buildRedrivePlan(definition as unknown as MachineNode, firstAttempt.map(toRecorded))).toEqual({
      stateName: 'Work',
      input: { v: 'a' },
      assigned: { tries: 1 },
      children: new Map(),
    });
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['FAILED', 'SUCCEEDED']);
    expect(JSON.parse(outcomes[1]!.output!)).toEqual({ done: 'a', tries: 1 });
    expect(calls).toEqual([{ v: 'a' }, { v: 'a' }]);
    const redriven = events.find((event) => event.type === 'ExecutionRedriven')!;
    expect(events[events.indexOf(redriven) + 1]).toMatchObject({ type: 'TaskStateEntered', previousEventId: redriven.id });
  });

  it('has nothing to resume when no state was entered', () => {
    const events: RecordedEvent[] = [
      { id: 1, previousEventId: 0, type: 'ExecutionStarted', details: { input: '{}' } },
      { id: 2, previousEventId: 0, type: 'ExecutionAborted', details: {} },
    ];
    expect(buildRedrivePlan({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }, events)).toBeUndefined();
  });

  it('keeps succeeded branches and iterations, resumes failed ones inside nested Parallel and Map, over two redrives', async () => {
    const definition = {
      StartAt: 'Both',
      States: {
        Both: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'Solo', States: { Solo: task({ Parameters: { v: 'solo' }, End: true }) } },
            {
              StartAt: 'Each',
              States: {
                Each: {
                  Type: 'Map',
                  ItemsPath: '$.items',
                  MaxConcurrency: 1,
                  ItemSelector: { 'v.$': '$$.Map.Item.Value' },
                  ItemProcessor: {
                    StartAt: 'Shape',
                    States: { Shape: { Type: 'Pass', Next: 'Work' }, Work: task({ End: true }) },
                  },
                  End: true,
                },
              },
            },
          ],
          End: true,
        },
      },
    };
    const failing = new Set<unknown>(['i2']);
    const { events, calls, outcomes } = await runAndRedrive(definition, { items: ['i1', 'i2', 'i3'] }, failing, [
      () => {
        failing.delete('i2');
        failing.add('i3');
      },
      () => failing.clear(),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['FAILED', 'FAILED', 'SUCCEEDED']);
    expect(JSON.parse(outcomes[2]!.output!)).toEqual([{ done: 'solo' }, [{ done: 'i1' }, { done: 'i2' }, { done: 'i3' }]]);
    // i2 fails, is fixed in the first redrive (i3 then fails), and only i3 runs in the second.
    expect(calls.map((payload) => (payload as { v: string }).v)).toEqual(['solo', 'i1', 'i2', 'i2', 'i3', 'i3']);
    const redrives = events.filter((event) => event.type === 'ExecutionRedriven');
    expect(redrives.map((event) => detailsOf(event))).toEqual([{ redriveCount: 1 }, { redriveCount: 2 }]);
    const lastAttempt = events.slice(events.indexOf(redrives[1]!));
    expect(lastAttempt.filter((event) => event.type.endsWith('StateEntered')).map((event) => detailsOf(event).name)).toEqual([
      'Both',
      'Each',
      'Work',
    ]);
    expect(lastAttempt.filter((event) => event.type === 'MapIterationStarted').map((event) => detailsOf(event).index)).toEqual([2]);
    expect(events.map((event) => event.id)).toEqual(events.map((_, index) => index + 1));
  });
});
