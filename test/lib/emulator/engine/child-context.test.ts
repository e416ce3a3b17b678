import { describe, expect, it } from 'vitest';
import { childAbortController, childContext } from '@/lib/emulator/engine/child-context';
import { makeFrame } from '../../../support/emulator-engine/state-frame';

describe('childContext', () => {
  it('starts its own line of events at `start` and shares the runtime', () => {
    const { branch } = makeFrame({ threadLast: 9 });
    const signal = new AbortController().signal;
    const child = childContext(branch, 4, signal);
    expect(child.runtime).toBe(branch.runtime);
    expect(child.thread).toEqual({ last: 4 });
    expect(child.thread).not.toBe(branch.thread);
    expect(child.isChild).toBe(true);
    expect(child.abort).toBe(signal);
    expect(branch.thread.last).toBe(9);
  });

  it('sees the outer variables, but what it assigns stays inside', () => {
    const { branch } = makeFrame({ variables: { shared: 1 } });
    const child = childContext(branch, 0, branch.abort);
    expect(child.variables).toEqual({ shared: 1 });
    child.variables.shared = 2;
    child.variables.own = true;
    expect(branch.variables).toEqual({ shared: 1 });
  });

  it('takes a snapshot: later outer assignments do not reach a running child', () => {
    const { branch } = makeFrame({ variables: { a: 1 } });
    const child = childContext(branch, 0, branch.abort);
    branch.variables.a = 2;
    expect(child.variables.a).toBe(1);
  });

  it('has no Map item of its own (the Map sets it)', () => {
    const { branch } = makeFrame({ mapItem: { Index: 0, Value: 'x' } });
    expect(childContext(branch, 0, branch.abort).mapItem).toBeUndefined();
  });
});

describe('childAbortController', () => {
  it('aborts when the parent branch is aborted', () => {
    const { branch, abort } = makeFrame();
    const controller = childAbortController(branch);
    expect(controller.signal.aborted).toBe(false);
    abort.abort();
    expect(controller.signal.aborted).toBe(true);
  });

  it('starts aborted when the parent already is', () => {
    const { branch, abort } = makeFrame();
    abort.abort();
    expect(childAbortController(branch).signal.aborted).toBe(true);
  });

  it('aborting the group leaves the parent running', () => {
    const { branch } = makeFrame();
    childAbortController(branch).abort();
    expect(branch.abort.aborted).toBe(false);
  });

  it('lets any number of children listen on it without a MaxListenersExceeded warning', async () => {
    const { branch } = makeFrame();
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      const signal = childAbortController(branch).signal;
      for (let i = 0; i < 50; i++) signal.addEventListener('abort', () => undefined);
      await new Promise((resolve) => setTimeout(resolve, 0));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
  });
});
