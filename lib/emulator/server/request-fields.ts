import { ApiError, validationError } from './api-error';

/** The parsed JSON body of a request: field readers narrow `unknown` and fail with AWS-style messages. */
export type RequestBody = Record<string, unknown>;

export function requiredString(body: RequestBody, field: string, maxLength = 256): string {
  const value = body[field];
  if (value === undefined || value === null) throw validationError(field, undefined, 'Member must not be null');
  return checkString(field, value, maxLength);
}

export function optionalString(body: RequestBody, field: string, maxLength = 256): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  return checkString(field, value, maxLength);
}

function checkString(field: string, value: unknown, maxLength: number): string {
  if (typeof value !== 'string') throw validationError(field, value, 'Member must be a string');
  if (value.length < 1) throw validationError(field, value, 'Member must have length greater than or equal to 1');
  if (value.length > maxLength) {
    throw new ApiError(
      'ValidationException',
      `1 validation error detected: Value at '${field}' failed to satisfy constraint: Member must have length less than or equal to ${maxLength}`,
    );
  }
  return value;
}

export function optionalInteger(body: RequestBody, field: string, min: number, max: number): number | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw validationError(field, value, 'Member must be an integer');
  if (value < min) throw validationError(field, value, `Member must have value greater than or equal to ${min}`);
  if (value > max) throw validationError(field, value, `Member must have value less than or equal to ${max}`);
  return value;
}

export function optionalBoolean(body: RequestBody, field: string): boolean | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw validationError(field, value, 'Member must be a boolean');
  return value;
}

export function optionalObject(body: RequestBody, field: string): RequestBody | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw validationError(field, value, 'Member must be a structure');
  return value as RequestBody;
}

export function optionalEnum<T extends string>(body: RequestBody, field: string, allowed: readonly T[]): T | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw validationError(field, value, `Member must satisfy enum value set: [${allowed.join(', ')}]`);
  }
  return value as T;
}
