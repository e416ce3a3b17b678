import { isJsonTextTooDeep, MAX_JSON_DEPTH } from '../asl/json-depth';
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
  // Error messages quote wrongly typed members with JSON.stringify, which recurses.
  if (isJsonTextTooDeep(text)) {
    throw new ApiError(
      'SerializationException',
      `The request body is nested too deeply: more than ${MAX_JSON_DEPTH} levels of objects and arrays`,
    );
  }
  return parsed as RequestBody;
}
