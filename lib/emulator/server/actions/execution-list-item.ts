import type { ExecutionRecord } from '../../store/store-types';
import { toEpochSeconds } from '../action-context';

/** An execution as the API answers it: built by adding members in order, so every answer shares a few shapes. */
export type ExecutionAnswer = Record<string, unknown>;

/** The fields ListExecutions gives each execution, which DescribeExecution also starts with (redriveCount apart). */
export function executionListItem(execution: ExecutionRecord): ExecutionAnswer {
  const item: ExecutionAnswer = {
    executionArn: execution.arn,
    stateMachineArn: execution.stateMachineArn,
    name: execution.name,
    status: execution.status,
    startDate: toEpochSeconds(execution.startDateMs),
  };
  if (execution.stopDateMs !== null) item.stopDate = toEpochSeconds(execution.stopDateMs);
  return item;
}

/** Adds `redriveCount` (always) and `redriveDate` (once redriven), as ListExecutions and DescribeExecution give them. */
export function addRedriveFields(answer: ExecutionAnswer, execution: ExecutionRecord): ExecutionAnswer {
  answer.redriveCount = execution.redriveCount;
  if (execution.redriveDateMs !== null) answer.redriveDate = toEpochSeconds(execution.redriveDateMs);
  return answer;
}
