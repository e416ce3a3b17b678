import { describe, expect, it } from 'vitest';
import type { ActionContext } from '@/lib/emulator/server/action-context';
import { answerAfterCommit, answeringAfterCommit } from '@/lib/emulator/server/answer-after-commit';
import type { EmulatorStore } from '@/lib/emulator/store/emulator-store';

/** A store whose commit the test releases by hand. */
function pendingCommit() {
  const steps: string[] = [];
  let release = () => {};
  const committed = new Promise<void>((resolve) => {
    release = () => {
      steps.push('committed');
      resolve();
    };
  });
  const store = { whenCommitted: () => committed } as unknown as EmulatorStore;
  return { context: { store } as ActionContext, steps, release };
}

describe('answerAfterCommit', () => {
  it('answers with the action result only after the store committed', async () => {
    const { context, steps, release } = pendingCommit();
    const answer = Promise.resolve(
      answerAfterCommit(() => {
        steps.push('acted');
        return { ok: true };
      })({}, context),
    ).then((result) => {
      steps.push('answered');
      return result;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(steps).toEqual(['acted']);
    release();
    await expect(answer).resolves.toEqual({ ok: true });
    expect(steps).toEqual(['acted', 'committed', 'answered']);
  });

  it('also holds an error answer until the commit (it may name what the action saw), then throws it', async () => {
    const { context, steps, release } = pendingCommit();
    const answer = Promise.resolve(
      answerAfterCommit(() => {
        throw new Error('ExecutionAlreadyExists');
      })({}, context),
    ).catch((error: Error) => {
      steps.push(`failed: ${error.message}`);
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(steps).toEqual([]);
    release();
    await answer;
    expect(steps).toEqual(['committed', 'failed: ExecutionAlreadyExists']);
  });

  it('wraps every action of a table under the same names', async () => {
    const { context, release } = pendingCommit();
    release();
    const table = answeringAfterCommit({ A: () => ({ a: 1 }), B: async () => ({ b: 2 }) });
    expect(Object.keys(table)).toEqual(['A', 'B']);
    await expect(table.A!({}, context)).resolves.toEqual({ a: 1 });
    await expect(table.B!({}, context)).resolves.toEqual({ b: 2 });
  });
});
