import type { ExecutionRecord } from '../../store/store-types';
import { toEpochSeconds } from '../action-context';

/** The fields ListExecutions gives each execution, which DescribeExecution also starts with (redriveCount apart). */
export function executionListItem(execution: ExecutionRecord) {
  return {
    executionArn: execution.arn,
    stateMachineArn: execution.stateMachineArn,
    name: execution.name,
    status: execution.status,
    startDate: toEpochSeconds(execution.startDateMs),
    ...(execution.stopDateMs !== null ? { stopDate: toEpochSeconds(execution.stopDateMs) } : {}),
  };
}
