import type { JsonValue } from '../asl/json-value';
import { ExecutionHalted } from './execution-errors';
import type { StateFrame } from './runtime';
import type { TaskInvocation } from './types';
import { startLongTimer } from './long-timer';

export type InvokeResult = { kind: 'ok'; value: JsonValue } | { kind: 'error'; error: unknown } | { kind: 'timeout'; heartbeat: boolean };

export interface TaskTimeouts {
  timeoutSeconds?: number;
  heartbeatSeconds?: number;
  /** From the state's Credentials; recorded as taskCredentials on the scheduled event. */
  roleArn?: string;
}

function toJson(value: unknown): JsonValue {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

/**
 * Runs the invoker, racing it against TimeoutSeconds/HeartbeatSeconds (scaled by timeScale; a Lambda
 * cannot send heartbeats, so HeartbeatSeconds acts as a second timeout) and against execution halt.
 */
export async function invokeWithTimeout(
  frame: StateFrame,
  invocation: Omit<TaskInvocation, 'signal'>,
  timeouts: TaskTimeouts,
): Promise<InvokeResult> {
  const { runtime, abort } = frame.branch;
  const controller = new AbortController();
  const cancels: (() => void)[] = [];
  const stops = [runtime.halt, abort];
  return new Promise<InvokeResult>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      cancels.forEach((cancel) => cancel());
      stops.forEach((s) => s.removeEventListener('abort', onStop));
      fn();
    };
    const onStop = () => {
      controller.abort();
      settle(() => reject(new ExecutionHalted()));
    };
    if (stops.some((s) => s.aborted)) {
      onStop();
      return;
    }
    stops.forEach((s) => s.addEventListener('abort', onStop, { once: true }));
    const scale = runtime.options.timeScale;
    const arm = (seconds: number | undefined, heartbeat: boolean) => {
      if (seconds === undefined) return;
      cancels.push(
        startLongTimer(seconds * 1000 * scale, () => {
          controller.abort();
          settle(() => resolve({ kind: 'timeout', heartbeat }));
        }),
      );
    };
    arm(timeouts.timeoutSeconds, false);
    if (timeouts.heartbeatSeconds !== undefined && timeouts.heartbeatSeconds !== timeouts.timeoutSeconds) {
      arm(timeouts.heartbeatSeconds, true);
    }
    runtime.options.invoker.invoke({ ...invocation, signal: controller.signal }).then(
      (value) =>
        settle(() => {
          try {
            resolve({ kind: 'ok', value: toJson(value) });
          } catch (error) {
            resolve({ kind: 'error', error });
          }
        }),
      (error: unknown) => settle(() => resolve({ kind: 'error', error })),
    );
  });
}
