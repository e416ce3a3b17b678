import type { JsonObject, JsonValue } from '../asl/json-value';
import { ApiError } from '../server/api-error';
import { shapeForResource, type Shape } from './mock-result-shapes';
import type { FieldValidationMode } from './test-state-request';

function fail(field: string, problem: string): never {
  throw new ApiError('ValidationException', `Mock result schema validation error: Field '${field}' ${problem}`);
}

function isObject(value: JsonValue): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkLength(field: string, length: number, shape: { min?: number; max?: number }): void {
  if (shape.min !== undefined && length < shape.min) fail(field, 'is smaller than the minimum length');
  if (shape.max !== undefined && length > shape.max) fail(field, 'is larger than the maximum length');
}

function checkValue(field: string, value: JsonValue, shape: Shape, strict: boolean): void {
  switch (shape.type) {
    case 'any':
      return;
    case 'string':
    case 'blob':
      if (typeof value !== 'string') fail(field, 'must be a string');
      return checkLength(field, value.length, shape);
    case 'timestamp':
      if (typeof value !== 'string') fail(field, 'must be a string');
      return;
    case 'integer':
    case 'long':
    case 'double':
      if (typeof value !== 'number') fail(field, 'must be a number');
      if (shape.type !== 'double' && !Number.isInteger(value)) fail(field, 'must be an integer');
      if (shape.min !== undefined && value < shape.min) fail(field, 'is less than the minimum value');
      if (shape.max !== undefined && value > shape.max) fail(field, 'is greater than the maximum value');
      return;
    case 'boolean':
      if (typeof value !== 'boolean') fail(field, 'must be a boolean');
      return;
    case 'list':
      if (!Array.isArray(value)) fail(field, 'must be an array');
      for (const item of value) checkValue(field, item, shape.member, strict);
      return;
    case 'map':
      if (!isObject(value)) fail(field, 'must be an object');
      for (const item of Object.values(value)) checkValue(field, item, shape.value, strict);
      return;
    case 'structure':
      if (!isObject(value)) fail(field, 'must be an object');
      return checkStructure(value, shape, strict);
  }
}

function checkStructure(value: JsonObject, shape: Extract<Shape, { type: 'structure' }>, strict: boolean): void {
  if (strict) for (const name of shape.required ?? []) if (!(name in value)) fail(name, 'is required');
  for (const [name, member] of Object.entries(value)) {
    const memberShape = Object.prototype.hasOwnProperty.call(shape.members, name) ? shape.members[name] : undefined;
    // Fields outside the API shape are accepted and passed on, as AWS does.
    if (memberShape) checkValue(name, member, memberShape, strict);
  }
}

/**
 * Checks a Task's mocked result against its integration's response shape (mock.fieldValidationMode):
 * STRICT also wants the required fields, PRESENT checks the fields that are there, NONE nothing.
 */
export function checkMockResultShape(state: JsonObject, result: JsonValue, mode: FieldValidationMode): void {
  if (mode === 'NONE') return;
  const shape = typeof state.Resource === 'string' ? shapeForResource(state.Resource) : undefined;
  if (!shape || shape.type !== 'structure' || !isObject(result)) return;
  checkStructure(result, shape, mode === 'STRICT');
}
