/** The input field AWS reads to link a started execution to its parent (`$$.Execution.Id`). */
export const STARTED_BY_FIELD = 'AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID';

/**
 * The parent execution's ARN from a child's input, when the parent passed `$$.Execution.Id` as
 * `AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID`, which is how AWS links the two
 * (https://docs.aws.amazon.com/step-functions/latest/dg/concepts-nested-workflows.html).
 */
export function readStartedByExecutionArn(input: string | undefined): string | undefined {
  if (!input || !input.includes(STARTED_BY_FIELD)) return undefined;
  try {
    const parsed: unknown = JSON.parse(input);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
    const value = (parsed as Record<string, unknown>)[STARTED_BY_FIELD];
    return typeof value === 'string' && /^arn:[^:]+:states:[^:]*:\d{12}:execution:/.test(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
