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

/** `redriveCount` (always) and `redriveDate` (once redriven), as ListExecutions and DescribeExecution give them. */
export function redriveFields(execution: ExecutionRecord): { redriveCount: number; redriveDate?: number } {
  return {
    redriveCount: execution.redriveCount,
    ...(execution.redriveDateMs !== null ? { redriveDate: toEpochSeconds(execution.redriveDateMs) } : {}),
  };
}
