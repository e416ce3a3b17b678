import { describe, expect, it } from 'vitest';
import { contextObject, contextWithMapItem } from '@/lib/emulator/engine/context-object';
import { EXECUTION_ARN } from '../../../support/emulator-engine/run-definition';
import { FRAME_ENTERED_TIME, makeFrame } from '../../../support/emulator-engine/state-frame';

const EXECUTION = {
  Id: EXECUTION_ARN,
  Input: { order: 7 },
  StartTime: '2024-03-10T16:23:46.123Z',
  Name: 'test-execution',
  RoleArn: 'arn:aws:iam::123456789012:role/TestRole',
  RedriveCount: 0,
};
const STATE_MACHINE = { Id: 'arn:aws:states:us-east-1:123456789012:stateMachine:TestMachine', Name: 'TestMachine' };

describe('contextObject', () => {
  it('describes the execution, the state machine and the state, keys in AWS’s order', () => {
    const { frame } = makeFrame({ name: 'Look', type: 'Pass', executionInput: { order: 7 } });
    expect(JSON.stringify(contextObject(frame))).toBe(
      JSON.stringify({ Execution: EXECUTION, StateMachine: STATE_MACHINE, State: { Name: 'Look', EnteredTime: FRAME_ENTERED_TIME } }),
    );
  });

  it.each([
    ['Task', true],
    ['Map', true],
    ['Parallel', true],
    ['Pass', false],
    ['Wait', false],
    ['Choice', false],
    ['Succeed', false],
    ['Fail', false],
  ])('%s states show RetryCount: %s', (type, shown) => {
    const { frame } = makeFrame({ type, retryCount: 2 });
    const state = contextObject(frame).State as Record<string, unknown>;
    expect(state.RetryCount).toBe(shown ? 2 : undefined);
    if (shown) expect(Object.keys(state)).toEqual(['Name', 'EnteredTime', 'RetryCount']);
  });

  it('adds the current Map item inside a Map iteration', () => {
    const { frame } = makeFrame({ mapItem: { Index: 3, Value: { id: 'x' } } });
    const context = contextObject(frame);
    expect(Object.keys(context)).toEqual(['Execution', 'StateMachine', 'State', 'Map']);
    expect(context.Map).toEqual({ Item: { Index: 3, Value: { id: 'x' } } });
  });

  it('adds the task token when there is one, and only then', () => {
    const { frame } = makeFrame({ type: 'Task' });
    expect(contextObject(frame, { taskToken: 'tok' }).Task).toEqual({ Token: 'tok' });
    expect(contextObject(frame, { taskToken: '' })).not.toHaveProperty('Task');
    expect(contextObject(frame)).not.toHaveProperty('Task');
  });
});

describe('contextWithMapItem', () => {
  it('adds the item to a copy of the Map state’s context', () => {
    const base = { Execution: { Id: 'e' }, State: { Name: 'M' } };
    expect(contextWithMapItem(base, 0, 'first')).toEqual({ ...base, Map: { Item: { Index: 0, Value: 'first' } } });
    expect(base).not.toHaveProperty('Map');
  });

  it('replaces an outer Map item', () => {
    const base = { State: { Name: 'Inner' }, Map: { Item: { Index: 9, Value: 'outer' } } };
    expect(contextWithMapItem(base, 1, null).Map).toEqual({ Item: { Index: 1, Value: null } });
  });
});
