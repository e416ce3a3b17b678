import { describe, expect, it } from 'vitest';
import { StateMachineCache } from '@/lib/emulator/store/state-machine-cache';
import type { StateMachineRecord, StateMachineRevision } from '@/lib/emulator/store/store-types';

const revision = (number: number, definition = '{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}'): StateMachineRevision => ({
  revision: number,
  revisionId: `rev-${number}`,
  definition,
  roleArn: 'arn:aws:iam::123456789012:role/R',
  loggingConfiguration: '{"level":"OFF"}',
  tracingConfiguration: '{"enabled":false}',
  description: null,
  updateDateMs: 1_000 + number,
});

const machine = (id: number, current = revision(1)): StateMachineRecord => ({
  id,
  arn: `arn:aws:states:us-east-1:123456789012:stateMachine:m${id}`,
  name: `m${id}`,
  type: 'STANDARD',
  creationDateMs: 1_000,
  current,
});

describe('StateMachineCache', () => {
  it('answers a remembered machine, its current revision and its identity, frozen so callers cannot change them', () => {
    const cache = new StateMachineCache();
    const remembered = cache.rememberMachine(machine(1));
    expect(cache.machine(machine(1).arn)).toBe(remembered);
    expect(remembered).toEqual(machine(1));
    expect(cache.revision(1, 1)).toBe(remembered.current);
    expect(cache.identity(1)).toEqual({ arn: machine(1).arn, name: 'm1' });
    expect(Object.isFrozen(remembered)).toBe(true);
    expect(Object.isFrozen(remembered.current)).toBe(true);
    expect(cache.machine('arn:aws:states:us-east-1:123456789012:stateMachine:other')).toBeUndefined();
  });

  it('keeps the first copy of a revision: revisions never change', () => {
    const cache = new StateMachineCache();
    const first = cache.rememberRevision(1, revision(2));
    expect(cache.rememberRevision(1, revision(2, 'changed'))).toBe(first);
    expect(cache.revision(1, 2)?.definition).not.toBe('changed');
    expect(cache.revision(2, 2)).toBeUndefined();
  });

  it('forgets an updated or deleted machine, but not its revisions or other machines', () => {
    const cache = new StateMachineCache();
    cache.rememberMachine(machine(1));
    cache.rememberMachine(machine(2));
    cache.forgetMachine(1);
    expect(cache.machine(machine(1).arn)).toBeUndefined();
    expect(cache.machine(machine(2).arn)).toBeDefined();
    expect(cache.revision(1, 1)).toBeDefined();
  });

  it('forgets everything after a rollback', () => {
    const cache = new StateMachineCache();
    cache.rememberMachine(machine(1));
    cache.clear();
    expect(cache.machine(machine(1).arn)).toBeUndefined();
    expect(cache.revision(1, 1)).toBeUndefined();
    expect(cache.identity(1)).toBeUndefined();
  });

  it('starts afresh instead of growing past 2,000 entries', () => {
    const cache = new StateMachineCache();
    for (let id = 1; id <= 2_000; id++) cache.rememberIdentity(id, { arn: `arn-${id}`, name: `m${id}` });
    expect(cache.identity(1)).toBeDefined();
    cache.rememberIdentity(2_001, { arn: 'arn-2001', name: 'm2001' });
    expect(cache.identity(1)).toBeUndefined();
    expect(cache.identity(2_001)).toEqual({ arn: 'arn-2001', name: 'm2001' });
  });
});
