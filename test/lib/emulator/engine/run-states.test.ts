import { describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '@/lib/emulator/asl/json-value';
import { BranchAborted, ExecutionHalted, StateFailure } from '@/lib/emulator/engine/execution-errors';
import { MAX_PAYLOAD_BYTES } from '@/lib/emulator/engine/payload';
import { runMachine } from '@/lib/emulator/engine/run-states';
import type { MachineNode } from '@/lib/emulator/engine/runtime';
import { TaskFailure } from '@/lib/emulator/engine/types';
import { makeFrame, rejectionOf, writtenEvents, type FrameOptions } from '../../../support/emulator-engine/state-frame';

const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:fn';
const NOT_TRUNCATED = { truncated: false };

function machine(States: Record<string, JsonObject>, StartAt = Object.keys(States)[0] ?? 'A'): MachineNode {
  return { StartAt, States };
}

/** Runs a block on a fresh branch (events from #1); resolves to its output or what it threw. */
async function run(node: MachineNode, input: JsonValue, options: FrameOptions = {}) {
  const harness = makeFrame(options);
  const settled: { output?: JsonValue; error?: unknown } = await runMachine(node, input, harness.branch).then(
    (output) => ({ output }),
    (error: unknown) => ({ error }),
  );
  return { ...harness, ...settled, written: writtenEvents(harness.events) };
}

const failing = (error: string, cause: string) => async (): Promise<unknown> => {
  throw new TaskFailure(error, cause);
};

describe('runMachine: the path through the states', () => {
  it('runs from StartAt along Next to End, each state entered and exited in one chain', async () => {
    const result = await run(
      machine({ A: { Type: 'Pass', Result: { n: 1 }, Next: 'B' }, B: { Type: 'Pass', InputPath: '$.n', End: true } }),
      { start: true },
    );
    expect(result.written).toEqual([
      ['PassStateEntered', 0, { name: 'A', input: '{"start":true}', inputDetails: NOT_TRUNCATED }],
      ['PassStateExited', 1, { name: 'A', output: '{"n":1}', outputDetails: NOT_TRUNCATED }],
      ['PassStateEntered', 2, { name: 'B', input: '{"n":1}', inputDetails: NOT_TRUNCATED }],
      ['PassStateExited', 3, { name: 'B', output: '1', outputDetails: NOT_TRUNCATED }],
    ]);
    expect(result).toMatchObject({ output: 1 });
    expect(result.branch.thread.last).toBe(4);
  });

  it('continues the branch’s line of events from thread.last', async () => {
    const result = await run(machine({ A: { Type: 'Pass', End: true } }), {}, { threadLast: 7 });
    expect(result.written[0]?.[1]).toBe(7);
  });

  it('ends at a state that has no Next', async () => {
    const result = await run(machine({ A: { Type: 'Succeed' }, B: { Type: 'Pass', End: true } }), 'in');
    expect(result.written.map(([type]) => type)).toEqual(['SucceedStateEntered', 'SucceedStateExited']);
    expect(result).toMatchObject({ output: 'in' });
  });

  it.each<[string, MachineNode, string]>([
    ['StartAt', machine({ A: { Type: 'Pass', End: true } }, 'Nope'), 'Nope'],
    ['Next', machine({ A: { Type: 'Pass', Next: 'Gone' } }), 'Gone'],
  ])('fails with States.Runtime when %s names no state', async (_why, node, missing) => {
    const result = await run(node, {});
    expect(result.error).toBeInstanceOf(StateFailure);
    expect(result.error).toMatchObject({
      error: 'States.Runtime',
      cause: `The state '${missing}' does not exist in the state machine definition.`,
    });
  });

  it('runs a state in its own QueryLanguage, else in the definition’s', async () => {
    const node = machine({
      A: { Type: 'Pass', QueryLanguage: 'JSONata', Output: '{% $states.input.v * 2 %}', Next: 'B' },
      B: { Type: 'Pass', Parameters: { 'd.$': '$' }, End: true },
    });
    expect(await run(node, { v: 21 })).toMatchObject({ output: { d: 42 } });
  });
});

describe('runMachine: variables', () => {
  it('writes what a state assigned as JSON texts and makes it visible to later states', async () => {
    const node = machine({
      A: { Type: 'Pass', Assign: { x: 1, s: 'text', o: { k: [true] } }, Next: 'B' },
      B: { Type: 'Pass', Parameters: { 'x.$': '$x', 'o.$': '$o' }, End: true },
    });
    const result = await run(node, {});
    expect(result.written[1]).toEqual([
      'PassStateExited',
      1,
      {
        name: 'A',
        output: '{}',
        outputDetails: NOT_TRUNCATED,
        assignedVariables: { x: '1', s: '"text"', o: '{"k":[true]}' },
        assignedVariablesDetails: NOT_TRUNCATED,
      },
    ]);
    expect(result).toMatchObject({ output: { x: 1, o: { k: [true] } } });
    expect(result.branch.variables).toEqual({ x: 1, s: 'text', o: { k: [true] } });
  });

  it('leaves assignedVariables out for an empty Assign', async () => {
    const result = await run(machine({ A: { Type: 'Pass', Assign: {}, End: true } }), {});
    expect(result.written[1]?.[2]).toEqual({ name: 'A', output: '{}', outputDetails: NOT_TRUNCATED });
  });
});

describe('runMachine: failures', () => {
  it('gives a state’s runtime error AWS’s state prefix', async () => {
    const result = await run(machine({ Pick: { Type: 'Pass', InputPath: '$.missing', End: true } }), { a: 1 });
    expect(result.error).toBeInstanceOf(StateFailure);
    expect(result.error).toMatchObject({
      error: 'States.Runtime',
      cause:
        "An error occurred while executing the state 'Pick' (entered at the event id #1). Invalid path '$.missing' : No results for path: $['missing']",
    });
    expect(result.written.map(([type]) => type)).toEqual(['PassStateEntered']);
  });

  it('hands a Task failure to the first matching catcher, which exits the state and goes to its Next', async () => {
    const node = machine({
      T: {
        Type: 'Task',
        Resource: LAMBDA,
        Catch: [
          { ErrorEquals: ['Other'], Next: 'Done' },
          { ErrorEquals: ['Boom'], ResultPath: '$.err', Next: 'Handler' },
        ],
        End: true,
      },
      Handler: { Type: 'Pass', End: true },
      Done: { Type: 'Pass', Result: 'wrong catcher', End: true },
    });
    const result = await run(node, { keep: 1 }, { invoke: failing('Boom', 'why') });
    expect(result.written.map(([type]) => type)).toEqual([
      'TaskStateEntered',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionFailed',
      'TaskStateExited',
      'PassStateEntered',
      'PassStateExited',
    ]);
    expect(result.written[4]).toEqual([
      'TaskStateExited',
      4,
      { name: 'T', output: '{"keep":1,"err":{"Error":"Boom","Cause":"why"}}', outputDetails: NOT_TRUNCATED },
    ]);
    expect(result).toMatchObject({ output: { keep: 1, err: { Error: 'Boom', Cause: 'why' } } });
  });

  it('rethrows a Task failure no catcher matches, without an exited event', async () => {
    const node = machine({ T: { Type: 'Task', Resource: LAMBDA, Catch: [{ ErrorEquals: ['Other'], Next: 'T' }], End: true } });
    const result = await run(node, {}, { invoke: failing('Boom', 'why') });
    expect(result.error).toMatchObject({ error: 'Boom', cause: 'why' });
    expect(result.written.at(-1)?.[0]).toBe('LambdaFunctionFailed');
  });

  it('does not apply Catch to a state type that cannot catch', async () => {
    const node = machine({ P: { Type: 'Pass', InputPath: '$.x', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'P' }], End: true } });
    expect((await run(node, {})).error).toMatchObject({ error: 'States.Runtime' });
  });

  it('closes an uncaught Task failure inside a child branch with TaskStateAborted, which does not move the chain', async () => {
    const result = await run(
      machine({ T: { Type: 'Task', Resource: LAMBDA, End: true } }),
      {},
      { isChild: true, invoke: failing('Boom', 'why') },
    );
    expect(result.written.slice(-2)).toEqual([
      ['LambdaFunctionFailed', 3, { error: 'Boom', cause: 'why' }],
      ['TaskStateAborted', 4, undefined],
    ]);
    expect(result.branch.thread.last).toBe(4);
    expect(result.error).toMatchObject({ error: 'Boom' });
  });

  it.each<[string, FrameOptions, JsonObject]>([
    ['at the top level', { invoke: failing('Boom', 'why') }, { Type: 'Task', Resource: LAMBDA, End: true }],
    ['for a States.Runtime error', { isChild: true }, { Type: 'Task', Resource: LAMBDA, InputPath: '$.missing', End: true }],
  ])('writes no TaskStateAborted %s', async (_why, options, state) => {
    const result = await run(machine({ T: state }), {}, options);
    expect(result.written.map(([type]) => type)).not.toContain('TaskStateAborted');
    expect(result.error).toBeInstanceOf(StateFailure);
  });

  it('fails with States.DataLimitExceeded when a state’s output is over 256 KiB', async () => {
    const result = await run(machine({ Big: { Type: 'Pass', Result: 'a'.repeat(MAX_PAYLOAD_BYTES), End: true } }), {});
    expect(result.error).toMatchObject({
      error: 'States.DataLimitExceeded',
      cause:
        "An error occurred while executing the state 'Big' (entered at the event id #1). The state/task 'Big' returned a result with a size exceeding the maximum number of bytes service limit.",
    });
    expect(result.written.map(([type]) => type)).toEqual(['PassStateEntered']);
  });

  it('accepts an output of exactly 256 KiB', async () => {
    const result = await run(machine({ Big: { Type: 'Pass', Result: 'a'.repeat(MAX_PAYLOAD_BYTES - 2), End: true } }), {});
    expect(result.written.map(([type]) => type)).toEqual(['PassStateEntered', 'PassStateExited']);
  });
});

describe('runMachine: aborts and halts', () => {
  const waitLong = machine({ W: { Type: 'Wait', Seconds: 3600, End: true } });

  it('closes a running Wait with WaitStateAborted and throws BranchAborted when the parent gives up on the branch', async () => {
    const harness = makeFrame();
    const pending = runMachine(waitLong, {}, harness.branch);
    await new Promise((resolve) => setTimeout(resolve, 0));
    harness.abort.abort();
    expect(await rejectionOf(pending)).toBeInstanceOf(BranchAborted);
    expect(writtenEvents(harness.events).map(([type, previous]) => [type, previous])).toEqual([
      ['WaitStateEntered', 0],
      ['WaitStateAborted', 1],
    ]);
  });

  it('writes nothing more and lets ExecutionHalted through when the execution has ended', async () => {
    const harness = makeFrame();
    const pending = runMachine(waitLong, {}, harness.branch);
    await new Promise((resolve) => setTimeout(resolve, 0));
    harness.halt.abort();
    expect(await rejectionOf(pending)).toBeInstanceOf(ExecutionHalted);
    expect(harness.events.map((e) => e.type)).toEqual(['WaitStateEntered']);
  });

  it('closes a Task waiting on its function with TaskStateAborted when the branch is aborted', async () => {
    const harness = makeFrame({ invoke: () => new Promise(() => undefined), isChild: true });
    const pending = runMachine(machine({ T: { Type: 'Task', Resource: LAMBDA, End: true } }), {}, harness.branch);
    await new Promise((resolve) => setTimeout(resolve, 0));
    harness.abort.abort();
    expect(await rejectionOf(pending)).toBeInstanceOf(BranchAborted);
    expect(harness.events.map((e) => e.type)).toEqual([
      'TaskStateEntered',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'TaskStateAborted',
    ]);
  });
});
