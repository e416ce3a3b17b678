import aslValidator from 'asl-validator';
import { isJsonTextTooDeep, isStackOverflow, MAX_JSON_DEPTH } from '../asl/json-depth';
import type { DefinitionValidation } from './types';

interface ValidatorError {
  'Error code'?: string;
  Message?: string;
  schemaError?: { instancePath?: string };
}

// Fields whose values are free JSON (any type) in JSONata states or in Assign; asl-validator's schemas
// predate JSONata here and reject valid values, so its errors inside them are dropped.
const FREE_VALUE_FIELD = /\/(Assign|Output|Arguments|Items)(\/|$)/;

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function usesJsonata(definition: unknown): boolean {
  return JSON.stringify(definition).includes('"QueryLanguage":"JSONata"');
}

/** "/States/X/Y is invalid. must be ..." -> "must be ... at /States/X/Y" (AWS puts the path last). */
function awsWording(error: ValidatorError): string {
  const code = error['Error code'] ?? 'SCHEMA_VALIDATION_FAILED';
  const path = error.schemaError?.instancePath;
  let message = error.Message ?? 'invalid definition';
  if (path && message.startsWith(`${path} is invalid. `)) {
    message = `${message.slice(path.length + ' is invalid. '.length)} at ${path}`;
  } else if (path && !message.includes(path)) {
    message = `${message} at ${path || '/'}`;
  }
  return `${code}: ${message}`;
}

const STATE_TYPES = new Set(['Pass', 'Task', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map']);

function valueAt(root: unknown, pointer: string): unknown {
  let current: unknown = root;
  for (const part of pointer.split('/').slice(1)) {
    if (!isJsonObject(current) && !Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/**
 * A state that fails one field also matches none of asl-validator's per-type schemas, so it adds
 * "must be equal to one of the allowed values" on a Type (or QueryLanguage) that is in fact valid.
 */
function isCascade(error: ValidatorError, definition: unknown): boolean {
  const path = error.schemaError?.instancePath ?? '';
  const field = /\/(Type|QueryLanguage)$/.exec(path);
  if (!field) return false;
  const value = valueAt(definition, path);
  return field[1] === 'Type' ? typeof value === 'string' && STATE_TYPES.has(value) : value === 'JSONata' || value === 'JSONPath';
}

function isFalsePositive(error: ValidatorError, jsonata: boolean, definition: unknown): boolean {
  const path = error.schemaError?.instancePath ?? '';
  if (error['Error code'] !== 'SCHEMA_VALIDATION_FAILED') return false;
  if (FREE_VALUE_FIELD.test(path) && (jsonata || /\/Assign(\/|$)/.test(path))) return true;
  return isCascade(error, definition);
}

/**
 * Checks an ASL definition as CreateStateMachine does: JSON syntax, the ASL schema (asl-validator,
 * which also checks transitions) and AWS's wording of the reason, e.g.
 * "SCHEMA_VALIDATION_FAILED: ... at /States/X/..." (the API wraps it in "Invalid State Machine Definition: '...'").
 */
export function validateDefinition(definition: string): DefinitionValidation {
  let parsed: unknown;
  try {
    parsed = JSON.parse(definition);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, message: `INVALID_JSON_DESCRIPTION: ${detail}` };
  }
  if (isJsonTextTooDeep(definition)) return { ok: false, message: NESTED_TOO_DEEPLY };
  if (!isJsonObject(parsed)) {
    return { ok: false, message: 'SCHEMA_VALIDATION_FAILED: The definition must be a JSON object at /' };
  }
  try {
    return checkSchema(parsed);
  } catch (error) {
    if (isStackOverflow(error)) return { ok: false, message: NESTED_TOO_DEEPLY };
    throw error;
  }
}

const NESTED_TOO_DEEPLY = `INVALID_JSON_DESCRIPTION: The definition is nested too deeply: more than ${MAX_JSON_DEPTH} levels of objects and arrays`;

function checkSchema(parsed: Record<string, unknown>): DefinitionValidation {
  const result = aslValidator(parsed, { checkPaths: true, checkArn: false });
  if (result.isValid) return { ok: true };
  const errors = (result.errors ?? []) as ValidatorError[];
  const jsonata = usesJsonata(parsed);
  const real = errors.filter((e) => !isFalsePositive(e, jsonata, parsed));
  if (real.length === 0) return { ok: true };
  return { ok: false, message: real.map(awsWording).join(', ') };
}
