import type { Action } from '../action-context';
import { answeringAfterCommit } from '../answer-after-commit';
import { createStateMachine } from './create-state-machine';
import { deleteStateMachine } from './delete-state-machine';
import { describeExecution } from './describe-execution';
import { describeMapRun } from './describe-map-run';
import { describeStateMachine } from './describe-state-machine';
import { describeStateMachineForExecution } from './describe-state-machine-for-execution';
import { getExecutionHistory } from './get-execution-history';
import { listExecutions } from './list-executions';
import { listMapRuns } from './list-map-runs';
import { listStateMachines } from './list-state-machines';
import { redriveExecution } from './redrive-execution';
import { startExecution } from './start-execution';
import { startSyncExecution } from './start-sync-execution';
import { stopExecution } from './stop-execution';
import { testState } from './test-state';
import { updateMapRun } from './update-map-run';
import { updateStateMachine } from './update-state-machine';

/** The Step Functions operations the emulator serves, by their X-Amz-Target name. */
export const API_ACTIONS: Readonly<Record<string, Action>> = answeringAfterCommit({
  CreateStateMachine: createStateMachine,
  DescribeStateMachine: describeStateMachine,
  ListStateMachines: listStateMachines,
  UpdateStateMachine: updateStateMachine,
  DeleteStateMachine: deleteStateMachine,
  StartExecution: startExecution,
  StartSyncExecution: startSyncExecution,
  StopExecution: stopExecution,
  DescribeExecution: describeExecution,
  ListExecutions: listExecutions,
  GetExecutionHistory: getExecutionHistory,
  DescribeStateMachineForExecution: describeStateMachineForExecution,
  ListMapRuns: listMapRuns,
  DescribeMapRun: describeMapRun,
  UpdateMapRun: updateMapRun,
  RedriveExecution: redriveExecution,
  TestState: testState,
});
