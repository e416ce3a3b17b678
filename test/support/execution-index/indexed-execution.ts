import type { ExecutionStatus } from '@/lib/domain';
import type { IndexedExecution } from '@/lib/execution-index/types';

export const SOURCE = 'http://127.0.0.1:8083';
export const OTHER_SOURCE = 'https://states.us-east-1.amazonaws.com';
export const ORDERS = 'arn:aws:states:us-east-1:123456789012:stateMachine:orders';
export const REFUNDS = 'arn:aws:states:us-east-1:123456789012:stateMachine:refunds';
export const T0 = Date.UTC(2026, 10, 30, 10, 0, 0);
const MINUTE_MS = 60_000;

/** The ARN of execution `name` of a machine. */
export function executionArn(name: string, stateMachineArn = ORDERS): string {
  return `${stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
}

/** A payload as the sync stores it: JSON text, its size, not truncated. */
export function payload(value: unknown, truncated = false) {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return { text, bytes: Buffer.byteLength(text), truncated };
}

/**
 * A finished execution of the orders machine named `name`, started `minutes` after T0, with only the
 * required fields set; `overrides` adds or replaces any of them.
 */
export function indexedExecution(name: string, minutes: number, overrides: Partial<IndexedExecution> = {}): IndexedExecution {
  const stateMachineArn = overrides.stateMachineArn ?? ORDERS;
  const startedAt = new Date(T0 + minutes * MINUTE_MS);
  const status: ExecutionStatus = overrides.status ?? 'SUCCEEDED';
  return {
    source: SOURCE,
    executionArn: executionArn(name, stateMachineArn),
    stateMachineArn,
    stateMachineName: stateMachineArn.split(':').at(-1) ?? 'orders',
    workflowType: 'STANDARD',
    name,
    status,
    startedAt,
    ...(status === 'RUNNING' || status === 'PENDING_REDRIVE' ? {} : { stoppedAt: new Date(startedAt.getTime() + 1500) }),
    redriveCount: 0,
    transitions: 4,
    costUsd: 0.0001,
    visits: [],
    indexedAt: new Date(T0 + 24 * 60 * MINUTE_MS),
    ...overrides,
  };
}

/** A failed execution: the Fail state `state`, with `error`, its cause and normalized cause. */
export function failedExecution(
  name: string,
  minutes: number,
  failure: { state: string; error: string; cause: string; normalizedCause?: string },
  overrides: Partial<IndexedExecution> = {},
): IndexedExecution {
  return indexedExecution(name, minutes, {
    status: 'FAILED',
    failingState: failure.state,
    error: failure.error,
    cause: failure.cause,
    normalizedCause: failure.normalizedCause ?? failure.cause,
    ...overrides,
  });
}
