import jsonata from 'jsonata';
import { AWS_JSONATA_FUNCTIONS } from './jsonata-functions';
import { jsonTypeName, setMember, toJsonText } from './json-text';
import type { JsonObject, JsonValue } from './json-value';
import { StatesError } from './states-error';

export interface JsonataBindings {
  /** `$states`: { input, context, result?, errorOutput? } as AWS defines it. */
  states: JsonObject;
  /** workflow variables, visible as `$name`. */
  variables: Record<string, JsonValue>;
}

const QUERY_ERROR = 'States.QueryEvaluationError';

/** A JSONata field value is a string that starts with `{%` and ends with `%}` exactly; a leading space
 *  makes it a plain string (recorded: " {% states.input %} " is kept as is). */
export function isJsonataExpression(value: JsonValue): value is string {
  return typeof value === 'string' && value.startsWith('{%') && value.endsWith('%}');
}

/**
 * Evaluates every string of the form "{% expr %}" inside `template` (recursively through objects and
 * arrays); other values are returned as-is. A string that is only "{% … %}" yields the expression's value
 * (any JSON type). Errors are StatesError('States.QueryEvaluationError', cause, location) where location is
 * `field`, `field/key` for object members and `field[i]` for array items:
 * - undefined result: "The JSONata expression '<expr>' specified for the field '<location>' returned nothing (undefined)."
 * - a function or non-finite number: "… returned an unsupported result type."
 * - a JSONata error: "… threw an error during evaluation. <code>: <message>"
 */
export async function evaluateJsonataTemplate(template: JsonValue, bindings: JsonataBindings, field: string): Promise<JsonValue> {
  if (isJsonataExpression(template)) return evaluateExpression(template, bindings, field);
  if (Array.isArray(template)) {
    const items: JsonValue[] = [];
    for (const [i, item] of template.entries()) items.push(await evaluateJsonataTemplate(item, bindings, `${field}[${i}]`));
    return items;
  }
  if (template === null || typeof template !== 'object') return template;
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(template)) {
    result[key] = await evaluateJsonataTemplate(value, bindings, `${field}/${key}`);
  }
  return result;
}

/** A Choice rule's Condition. A non-boolean result fails like a mistyped Items value does. */
export async function evaluateJsonataCondition(expression: string, bindings: JsonataBindings): Promise<boolean> {
  const value = isJsonataExpression(expression) ? await evaluateExpression(expression, bindings, 'Condition') : expression;
  if (typeof value !== 'boolean') throw unexpectedJsonataResultType(expression, 'Condition', 'boolean', value);
  return value;
}

/**
 * AWS's error for an expression whose value has the wrong JSON type for its field, e.g. Items:
 * "The JSONata expression 'true' specified for the field 'Items' returned an unexpected result type.
 * Expected 'array', but was 'boolean' for value: true".
 */
export function unexpectedJsonataResultType(expression: string, field: string, expected: string, value: JsonValue): StatesError {
  return new StatesError(
    QUERY_ERROR,
    `${prefix(expression, field)} returned an unexpected result type. Expected '${expected}', but was '${jsonTypeName(value)}' for value: ${toJsonText(value)}`,
    field,
  );
}

function expressionBody(expression: string): string {
  return expression.slice(2, -2).trim();
}

function prefix(expression: string, field: string): string {
  const body = isJsonataExpression(expression) ? expressionBody(expression) : expression;
  return `The JSONata expression '${body}' specified for the field '${field}'`;
}

async function evaluateExpression(expression: string, bindings: JsonataBindings, field: string): Promise<JsonValue> {
  let raw: unknown;
  try {
    const compiled = jsonata(expressionBody(expression));
    raw = await compiled.evaluate(bindings.states.input, {
      ...AWS_JSONATA_FUNCTIONS,
      ...bindings.variables,
      states: bindings.states,
    });
  } catch (error) {
    throw new StatesError(QUERY_ERROR, `${prefix(expression, field)} threw an error during evaluation. ${describeError(error)}`, field);
  }
  if (raw === undefined) throw new StatesError(QUERY_ERROR, `${prefix(expression, field)} returned nothing (undefined).`, field);
  const value = toJson(raw);
  if (value === undefined) throw new StatesError(QUERY_ERROR, `${prefix(expression, field)} returned an unsupported result type.`, field);
  return value;
}

function describeError(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    const text = typeof message === 'string' ? message : String(error);
    return typeof code === 'string' && /^[A-Z]\d{4}$/.test(code) ? `${code}: ${text}` : text;
  }
  return String(error);
}

/**
 * Copies a JSONata result into plain JSON (dropping sequence markers and undefined members); undefined
 * when it holds a function or a non-finite number. Iterative: a result may nest as deeply as its input.
 */
function toJson(value: unknown): JsonValue | undefined {
  const root = toJsonNode(value);
  if (root === undefined || root.source === undefined) return root?.copy;
  const pending: Array<{ source: object; copy: JsonValue[] | JsonObject }> = [
    { source: root.source, copy: root.copy as JsonValue[] | JsonObject },
  ];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { source, copy } = next;
    const entries: Array<[string, unknown]> = Array.isArray(source) ? source.map((item, i) => [String(i), item]) : Object.entries(source);
    for (const [key, item] of entries) {
      if (item === undefined) continue;
      const node = toJsonNode(item);
      if (node === undefined) return undefined;
      if (Array.isArray(copy)) copy.push(node.copy);
      else setMember(copy, key, node.copy);
      if (node.source !== undefined) pending.push({ source: node.source, copy: node.copy as JsonValue[] | JsonObject });
    }
  }
  return root.copy;
}

/** A scalar as is, or an empty copy of a container (with its source to fill it from); undefined if not JSON. */
function toJsonNode(value: unknown): { copy: JsonValue; source?: object } | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return { copy: value };
  if (typeof value === 'number') return Number.isFinite(value) ? { copy: value } : undefined;
  if (Array.isArray(value)) return { copy: [], source: value };
  if (typeof value === 'object' && !isJsonataFunction(value)) return { copy: {}, source: value };
  return undefined;
}

function isJsonataFunction(value: object): boolean {
  return '_jsonata_lambda' in value || '_jsonata_function' in value;
}
