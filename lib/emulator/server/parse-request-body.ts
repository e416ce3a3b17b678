import { ApiError } from './api-error';
import type { RequestBody } from './request-fields';

/** The JSON object of an AWS JSON 1.0 request; an empty body is `{}`, anything else not an object is an error. */
export function parseRequestBody(text: string): RequestBody {
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ApiError('SerializationException', `The request body is not valid JSON: ${(error as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ApiError('SerializationException', 'The request body must be a JSON object');
  }
  return parsed as RequestBody;
}
