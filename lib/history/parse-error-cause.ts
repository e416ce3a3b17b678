import { parseJsonText } from './payload';
import type { RootCause } from './types';

/**
 * Reads an error cause: AWS sends it as text, which for Lambda and most integrations is JSON
 * (`{"errorMessage":…,"errorType":…,"stackTrace":[…]}`). Returns the JSON and the fields people read.
 */
export function parseErrorCause(cause: string | null): Pick<RootCause, 'causeJson' | 'errorMessage' | 'errorType' | 'stackTrace'> {
  if (cause === null) return {};
  const parsed = parseJsonText(cause);
  if (parsed.kind !== 'json' || typeof parsed.value !== 'object' || parsed.value === null) return {};
  const value = parsed.value as Record<string, unknown>;
  const result: ReturnType<typeof parseErrorCause> = { causeJson: value };
  if (typeof value.errorMessage === 'string') result.errorMessage = value.errorMessage;
  if (typeof value.errorType === 'string') result.errorType = value.errorType;
  if (Array.isArray(value.stackTrace))
    result.stackTrace = value.stackTrace.map((line) => (typeof line === 'string' ? line : JSON.stringify(line)));
  return result;
}
