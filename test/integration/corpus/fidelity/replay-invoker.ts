import { FunctionNotFound, TaskFailure, type TaskInvoker } from '@/lib/emulator/engine/types';
import type { RecordedEvent } from './corpus';

/** Python's json.dumps layout (", " and ": "), which the recorded Python Lambdas used for causes. */
function pythonJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pythonJson).join(', ')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}: ${pythonJson(v)}`)
      .join(', ')}}`;
  }
  return JSON.stringify(value);
}

function parsed(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

type Outcome = () => Promise<unknown>;

/**
 * A TaskInvoker that replays what the recorded Lambda functions did, in order: their results,
 * their errors (with the cause text a Python Lambda writes), not-found functions and timeouts.
 */
export function replayInvoker(events: RecordedEvent[]): TaskInvoker {
  const outcomes: Outcome[] = [];
  for (const event of events) {
    const details = (Object.entries(event).find(([k]) => k.endsWith('EventDetails'))?.[1] ?? {}) as Record<string, unknown>;
    switch (event.type) {
      case 'LambdaFunctionSucceeded':
        outcomes.push(async () => parsed(details.output));
        break;
      case 'TaskSucceeded':
        outcomes.push(async () => (parsed(details.output) as { Payload?: unknown }).Payload ?? null);
        break;
      case 'LambdaFunctionFailed':
      case 'TaskFailed': {
        const error = String(details.error ?? '');
        const cause = typeof details.cause === 'string' ? details.cause : pythonJson(details.cause);
        if (error === 'Lambda.ResourceNotFoundException') {
          outcomes.push(async () => {
            throw new FunctionNotFound('replayed');
          });
        } else if (error === 'States.DataLimitExceeded') {
          outcomes.push(async () => 'x'.repeat(300_000));
        } else {
          outcomes.push(async () => {
            throw new TaskFailure(error, cause);
          });
        }
        break;
      }
      case 'LambdaFunctionTimedOut':
      case 'TaskTimedOut':
        outcomes.push(() => new Promise(() => {}));
        break;
      default:
        break;
    }
  }
  let next = 0;
  return {
    invoke: async () => {
      const outcome = outcomes[next++];
      if (!outcome) throw new TaskFailure('Replay.Exhausted', 'The recording has no further task outcome.');
      return outcome();
    },
  };
}
