import { ActionsOffNote } from '@/components/execution-actions/actions-off-note';
import { ExecutionActions } from '@/components/execution-actions/execution-actions';
import { Card } from '@/components/ui/card';
import {
  describeRedriveConfirmation,
  describeStopConfirmation,
  stateMachineNameOf,
} from '@/lib/execution-actions/describe-action-confirmation';
import { offerExecutionActions } from '@/lib/execution-actions/offer-execution-actions';
import { areActionsAllowed } from '@/lib/services';
import { readExecutionSource, readExecutionView } from './read-execution-view';

/** The states a redrive reruns, as the history shows them: the one the execution failed in. */
async function readFailedStates(executionArn: string): Promise<string[]> {
  try {
    const { view } = await readExecutionView(executionArn);
    const state = view.failure?.state;
    return state ? [state] : [];
  } catch {
    return []; // The history section says what went wrong; the dialog then speaks generally.
  }
}

/** Stop, redrive, start again, when the dashboard was started with --allow-actions; else one line saying how. */
export async function ExecutionActionsSection({ executionArn }: { executionArn: string }) {
  if (!areActionsAllowed()) return <ActionsOffNote />;
  let source: Awaited<ReturnType<typeof readExecutionSource>>;
  try {
    source = await readExecutionSource(executionArn);
  } catch {
    return null; // The summary shows what went wrong.
  }
  // An archived execution is gone from the data source: nothing there to act on.
  if (source.archived) return null;
  const { execution } = source;
  const offers = offerExecutionActions(execution, new Date());
  const failedStates = offers.redrive.offered ? await readFailedStates(executionArn) : [];
  return (
    <Card title="Actions">
      <ExecutionActions
        executionArn={execution.arn}
        executionName={execution.name}
        stateMachineName={stateMachineNameOf(execution.stateMachineArn)}
        input={execution.input}
        offers={offers}
        stopConfirmation={describeStopConfirmation(execution.name)}
        redriveConfirmation={describeRedriveConfirmation(execution.name, failedStates, execution.redriveCount ?? 0)}
      />
    </Card>
  );
}
