import { runTestState } from '../../test-state/run-test-state';
import type { ActionContext, ActionResult } from '../action-context';
import type { RequestBody } from '../request-fields';

/**
 * TestState: runs one state (or one state of a machine) with optional mocks and answers as AWS does
 * (lib/emulator/test-state/). A Task without a mock invokes the emulator's local Lambda handlers.
 */
export function testState(body: RequestBody, context: ActionContext): Promise<ActionResult> {
  return runTestState(body, {
    region: context.region,
    accountId: context.accountId,
    invoker: context.runner.taskInvoker,
    validateDefinition: (definition) => context.engine.validateDefinition(definition),
  });
}
