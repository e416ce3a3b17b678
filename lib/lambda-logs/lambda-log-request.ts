import { parseStatesArn } from '../search/parse-open-target';

/** What the inspector asks `/lambda-logs` for: the logs of one visit of one execution. */
export interface LambdaLogRequest {
  executionArn: string;
  enteredEventId: number;
}

export function toLambdaLogSearchParams(request: LambdaLogRequest): URLSearchParams {
  return new URLSearchParams({ execution: request.executionArn, visit: String(request.enteredEventId) });
}

/** Reads the route's query string, or says which parameter is wrong (answered with a 400). */
export function parseLambdaLogSearchParams(params: URLSearchParams): LambdaLogRequest | { error: string } {
  const executionArn = params.get('execution') ?? '';
  if (parseStatesArn(executionArn).kind !== 'execution') return { error: 'execution must be an execution ARN.' };
  const enteredEventId = Number(params.get('visit'));
  if (!Number.isSafeInteger(enteredEventId) || enteredEventId < 1) {
    return { error: 'visit must be the id of the event that entered the state (a positive integer).' };
  }
  return { executionArn, enteredEventId };
}
