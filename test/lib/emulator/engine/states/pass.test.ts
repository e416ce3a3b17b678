import { describe, expect, it } from 'vitest';
import { chainOf, detailsOf, runDefinition } from '../../../../support/emulator-engine/run-definition';
import { at } from '../../../../support/at';

describe('Pass state', () => {
  it('chains ids the way AWS does: the first state entered points at 0', async () => {
    const run = await runDefinition({
      StartAt: 'A',
      States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', End: true } },
    });
    expect(chainOf(run.events)).toEqual([
      [1, 0, 'ExecutionStarted'],
      [2, 0, 'PassStateEntered'],
      [3, 2, 'PassStateExited'],
      [4, 3, 'PassStateEntered'],
      [5, 4, 'PassStateExited'],
      [6, 5, 'ExecutionSucceeded'],
    ]);
    expect(detailsOf(run.events[1])).toEqual({ name: 'A', input: '{}', inputDetails: { truncated: false } });
    expect(detailsOf(run.events[5])).toEqual({ output: '{}', outputDetails: { truncated: false } });
  });

  it('applies InputPath, Parameters, ResultPath and OutputPath in order', async () => {
    const run = await runDefinition(
      {
        StartAt: 'P',
        States: {
          P: {
            Type: 'Pass',
            InputPath: '$.inner',
            Parameters: { 'doubled.$': 'States.MathAdd($.v, $.v)', fixed: 'x' },
            ResultPath: '$.result',
            OutputPath: '$.result',
            End: true,
          },
        },
      },
      { input: { inner: { v: 4 }, other: true } },
    );
    // Key order follows AWS's (Java HashMap) order, which the asl module reproduces; compare content here.
    expect(JSON.parse(String(run.outcome.output))).toEqual({ doubled: 8, fixed: 'x' });
  });

  it('uses Result instead of the input and merges it at ResultPath', async () => {
    const run = await runDefinition(
      { StartAt: 'P', States: { P: { Type: 'Pass', Result: { a: 1 }, ResultPath: '$.r', End: true } } },
      { input: { keep: 'me' } },
    );
    expect(run.outcome.output).toBe('{"keep":"me","r":{"a":1}}');
  });

  it('writes assigned variables as JSON strings on PassStateExited and makes them readable later', async () => {
    const run = await runDefinition({
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Assign: { x: 42, s: 'text', 'fromResult.$': '$.v' }, Result: { v: [1] }, Next: 'B' },
        B: { Type: 'Pass', Parameters: { 'x.$': '$x', 's.$': '$s' }, End: true },
      },
    });
    expect(detailsOf(run.events[2])).toMatchObject({
      assignedVariables: { x: '42', s: '"text"', fromResult: '[1]' },
      assignedVariablesDetails: { truncated: false },
    });
    expect(JSON.parse(String(run.outcome.output))).toEqual({ x: 42, s: 'text' });
  });

  it('evaluates JSONata Output and Assign against $states.input', async () => {
    const run = await runDefinition(
      {
        QueryLanguage: 'JSONata',
        StartAt: 'P',
        States: {
          P: {
            Type: 'Pass',
            Assign: { total: '{% $sum($states.input.n) %}' },
            Output: { count: '{% $count($states.input.n) %}' },
            End: true,
          },
        },
      },
      { input: { n: [1, 2, 3] } },
    );
    expect(detailsOf(run.events[2]).assignedVariables).toEqual({ total: '6' });
    expect(run.outcome.output).toBe('{"count":3}');
  });

  it('fails with States.Runtime and the state prefix when InputPath matches nothing', async () => {
    const run = await runDefinition({ StartAt: 'P', States: { P: { Type: 'Pass', InputPath: '$.missing', End: true } } });
    expect(run.types).toEqual(['ExecutionStarted', 'PassStateEntered', 'ExecutionFailed']);
    expect(at(run.events, 2).previousEventId).toBe(2);
    expect(run.outcome.error).toBe('States.Runtime');
    expect(run.outcome.cause).toMatch(/^An error occurred while executing the state 'P' \(entered at the event id #2\)\. /);
  });

  it('exposes the context object ($$) with execution, state machine and state fields', async () => {
    const run = await runDefinition(
      { StartAt: 'P', States: { P: { Type: 'Pass', Parameters: { 'ctx.$': '$$' }, End: true } } },
      { input: { a: 1 } },
    );
    const ctx = (JSON.parse(String(run.outcome.output)) as { ctx: Record<string, Record<string, unknown>> }).ctx;
    expect(ctx.Execution).toMatchObject({
      Id: 'arn:aws:states:us-east-1:123456789012:execution:TestMachine:test-execution',
      Input: { a: 1 },
      Name: 'test-execution',
      RoleArn: 'arn:aws:iam::123456789012:role/TestRole',
      StartTime: '2024-03-10T16:23:46.123Z',
    });
    expect(ctx.StateMachine).toEqual({ Id: 'arn:aws:states:us-east-1:123456789012:stateMachine:TestMachine', Name: 'TestMachine' });
    expect(ctx.State).toMatchObject({ Name: 'P' });
    expect(ctx.State).not.toHaveProperty('RetryCount');
  });
});
