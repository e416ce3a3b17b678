import type { RequestBody } from '@/lib/emulator/server/request-fields';
import { runTestState } from '@/lib/emulator/test-state/run-test-state';
import { TaskFailure, type TaskInvoker } from '@/lib/emulator/engine/types';

/** A local Lambda stand-in: `double` doubles `Payload.n` / `n`, `boom` fails, anything else is unknown. */
export const TEST_INVOKER: TaskInvoker = {
  async invoke(invocation) {
    const payload = invocation.payload as { n?: number };
    if (invocation.functionName === 'double') return { n: (payload.n ?? 0) * 2 };
    if (invocation.functionName === 'boom') throw new TaskFailure('Boom.Error', 'it went boom');
    throw new Error(`no handler for ${invocation.functionName}`);
  },
};

/** TestState with a definition check that accepts everything (the real one is tested on its own). */
export function testStateOf(body: RequestBody): Promise<Record<string, unknown>> {
  return runTestState(body, {
    region: 'us-east-1',
    accountId: '123456789012',
    invoker: TEST_INVOKER,
    validateDefinition: () => ({ ok: true }),
  });
}

/** `definition` from an object, the way callers send it. */
export function def(state: Record<string, unknown>): string {
  return JSON.stringify(state);
}
