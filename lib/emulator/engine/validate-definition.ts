import { createHash } from 'node:crypto';
import aslValidator from 'asl-validator';
import { isJsonTextTooDeep, isStackOverflow, MAX_JSON_DEPTH } from '../asl/json-depth';
import { escapePointer, prepareForAslValidator } from './asl-validator-input';
import { installCompiledAslSchemas } from './compiled-asl-schema';
import { splitNestedParallels, type SplitDefinition } from './split-nested-parallels';
import type { DefinitionValidation } from './types';

installCompiledAslSchemas();

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
  // asl-validator compiles its JSON schemas on every call (0.1–0.3 s): a definition seen before, as a
  // test suite, the demo or an UpdateStateMachine of the same text sends, gets its earlier answer.
  const key = createHash('sha256').update(definition).digest('base64');
  const known = recentValidations.get(key);
  if (known) return known;
  const validation = Object.freeze(checkDefinition(definition));
  recentValidations.set(key, validation);
  if (recentValidations.size > RECENT_VALIDATIONS) recentValidations.delete(recentValidations.keys().next().value ?? '');
  return validation;
}

/** How many definitions' answers are kept; each is a small object, the key a digest. */
const RECENT_VALIDATIONS = 500;
const recentValidations = new Map<string, DefinitionValidation>();

function checkDefinition(definition: string): DefinitionValidation {
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
  const unfit = prepareForAslValidator(parsed);
  if (unfit) return { ok: false, message: unfit };
  const jsonata = usesJsonata(parsed);
  const split = splitNestedParallels(parsed);
  const errors = validatorErrors(parsed, jsonata);
  if (split.cut.length > 0) errors.push(...cutBranchErrors(parsed, split, jsonata, errors));
  if (errors.length === 0) return { ok: true };
  return { ok: false, message: errors.map(awsWording).join(', ') };
}

function validatorErrors(tree: Record<string, unknown>, jsonata: boolean): ValidatorError[] {
  const result = aslValidator(tree, { checkPaths: true, checkArn: false });
  if (result.isValid) return [];
  return ((result.errors ?? []) as ValidatorError[]).filter((e) => !isFalsePositive(e, jsonata, tree));
}

/**
 * The second pass of a split definition: the cut branches side by side in one Parallel state, each error
 * told at the branch's place in the definition.
 */
function cutBranchErrors(
  root: Record<string, unknown>,
  split: SplitDefinition,
  jsonata: boolean,
  firstPass: ValidatorError[],
): ValidatorError[] {
  const wrapper = split.unusedName();
  const tree: Record<string, unknown> = {
    ...(root.QueryLanguage === undefined ? {} : { QueryLanguage: root.QueryLanguage }),
    StartAt: wrapper,
    States: { [wrapper]: { Type: 'Parallel', Branches: split.cut.map((branch) => branch.machine), End: true } },
  };
  const prefix = `/States/${escapePointer(wrapper)}/Branches/`;
  const errors: ValidatorError[] = [];
  for (const error of validatorErrors(tree, jsonata)) {
    const path = error.schemaError?.instancePath;
    if (path === undefined) {
      errors.push(error);
      continue;
    }
    // Errors about the wrapping state itself only echo a branch's error.
    const match = path.startsWith(prefix) ? /^(\d+)(.*)$/.exec(path.slice(prefix.length)) : null;
    const cut = match ? split.cut[Number(match[1])] : undefined;
    if (match && cut) errors.push(relocated(error, path, `${cut.pointer}${match[2]}`));
  }
  // asl-validator counts state names over its whole input, and each pass saw part of the definition.
  const all = [...firstPass, ...errors];
  if (all.some((e) => e['Error code'] === 'SCHEMA_VALIDATION_FAILED')) return errors;
  const reported = new Set(all.filter((e) => e['Error code'] === 'DUPLICATE_STATE_NAMES').map((e) => e.Message));
  const seen = new Set<string>();
  for (const name of split.stateNames) {
    const message = `A state with this name already exists: ${name}`;
    if (seen.has(name) && !reported.has(message)) {
      errors.push({ 'Error code': 'DUPLICATE_STATE_NAMES', Message: message });
      reported.add(message);
    }
    seen.add(name);
  }
  return errors;
}

function relocated(error: ValidatorError, from: string, to: string): ValidatorError {
  const message = error.Message?.startsWith(`${from} is invalid. `) ? `${to}${error.Message.slice(from.length)}` : error.Message;
  return { ...error, Message: message, schemaError: { ...error.schemaError, instancePath: to } };
}
