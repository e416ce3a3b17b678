import type {
  DescribeExecutionOutput,
  ExecutionListItem,
  ExecutionStatus as SdkExecutionStatus,
  StateMachineType as SdkStateMachineType,
} from '@aws-sdk/client-sfn';
import {
  EXECUTION_STATUSES,
  STATE_MACHINE_TYPES,
  type ExecutionDetail,
  type ExecutionStatus,
  type ExecutionSummary,
  type StateMachineType,
} from '../domain';

/** Small conversions shared by the adapter functions; SDK enums become our closed unions. */

export function toExecutionStatus(status: SdkExecutionStatus | string | undefined): ExecutionStatus {
  const found = EXECUTION_STATUSES.find((known) => known === status);
  // A status AWS adds later must be added to EXECUTION_STATUSES (and its tables), not guessed.
  if (!found) throw new Error(`Unknown execution status from Step Functions: ${String(status)}`);
  return found;
}

export function toStateMachineType(type: SdkStateMachineType | string | undefined): StateMachineType {
  return STATE_MACHINE_TYPES.find((known) => known === type) ?? 'STANDARD';
}

/** The SDK marks every output field optional; a missing required date is an empty epoch, never a throw. */
export function toDate(value: Date | undefined): Date {
  return value instanceof Date ? value : new Date(0);
}

export function toOptionalDate(value: Date | undefined): Date | undefined {
  return value instanceof Date ? value : undefined;
}

/** A DescribeExecution answer as the domain's ExecutionDetail (`executionArn` when AWS leaves it out). */
export function toExecutionDetail(out: DescribeExecutionOutput, executionArn: string): ExecutionDetail {
  return {
    arn: out.executionArn ?? executionArn,
    stateMachineArn: out.stateMachineArn ?? '',
    name: out.name ?? '',
    status: toExecutionStatus(out.status),
    startedAt: toDate(out.startDate),
    stoppedAt: toOptionalDate(out.stopDate),
    redriveCount: out.redriveCount,
    input: out.input,
    output: out.output,
    error: out.error,
    cause: out.cause,
    stateMachineVersionArn: out.stateMachineVersionArn,
    stateMachineAliasArn: out.stateMachineAliasArn,
    mapRunArn: out.mapRunArn,
    redriveDate: toOptionalDate(out.redriveDate),
    redriveStatus: out.redriveStatus,
    redriveStatusReason: out.redriveStatusReason,
  };
}

/** A ListExecutions row as the domain's ExecutionSummary (`stateMachineArn`: the machine listed). */
export function toExecutionSummary(item: ExecutionListItem, stateMachineArn: string): ExecutionSummary {
  return {
    arn: item.executionArn ?? '',
    stateMachineArn: item.stateMachineArn ?? stateMachineArn,
    name: item.name ?? '',
    status: toExecutionStatus(item.status),
    startedAt: toDate(item.startDate),
    stoppedAt: toOptionalDate(item.stopDate),
    redriveCount: item.redriveCount,
  };
}
