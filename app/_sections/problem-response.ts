import { isDataSourceError } from '@/lib/aws';
import { HTTP_STATUS_OF_PROBLEM } from './http-status-of-problem';

/** A route's refusal: `{ error }` with its status, never cached. */
export function problemResponse(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: { 'Cache-Control': 'no-store' } });
}

/** A data source failure as a route's answer with its true status (HTTP_STATUS_OF_PROBLEM); anything else is thrown on. */
export function dataSourceProblemResponse(error: unknown): Response {
  if (!isDataSourceError(error)) throw error;
  return problemResponse(HTTP_STATUS_OF_PROBLEM[error.kind], error.message);
}
