import type { ExecutionStatus } from '../domain';

/** ListExecutions' arguments, shared by the Standard call and its Express (CloudWatch Logs) stand-in. */
export interface ListExecutionsInput {
  stateMachineArn: string;
  statusFilter?: ExecutionStatus;
  /** The token from the previous page, unchanged; other arguments must stay the same between pages. */
  nextToken?: string;
  /** 1–1000; AWS defaults to 100. */
  maxResults?: number;
}
