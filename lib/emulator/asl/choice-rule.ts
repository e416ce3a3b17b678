import type { EvalContext } from './eval-context';
import { isPathPresent, readPath } from './json-path';
import { isJsonObject } from './json-text';
import type { JsonObject, JsonValue } from './json-value';
import { StatesError } from './states-error';
import { parseTimestamp } from './timestamp';

type Kind = 'String' | 'Numeric' | 'Boolean' | 'Timestamp';
type Relation = 'Equals' | 'LessThan' | 'GreaterThan' | 'LessThanEquals' | 'GreaterThanEquals';

const KINDS: readonly Kind[] = ['String', 'Numeric', 'Boolean', 'Timestamp'];
const RELATIONS: readonly Relation[] = ['Equals', 'LessThan', 'GreaterThan', 'LessThanEquals', 'GreaterThanEquals'];
const TYPE_TESTS = ['IsNull', 'IsPresent', 'IsNumeric', 'IsString', 'IsBoolean', 'IsTimestamp'] as const;

/**
 * JSONPath-mode Choice rule: And/Or/Not, every comparison (String/Numeric/Boolean/Timestamp ×
 * Equals/LessThan/GreaterThan/LessThanEquals/GreaterThanEquals, each with a …Path variant), StringMatches
 * (`*` wildcard, `\*` and `\\` escapes) and the type tests IsNull, IsPresent, IsNumeric, IsString,
 * IsBoolean, IsTimestamp. A comparison whose value has the wrong type is false. A Variable (or …Path
 * operand) that does not resolve fails with States.Runtime "Invalid path '<path>': The choice state's
 * condition path references an invalid value."; only IsPresent tolerates it.
 */
export function evaluateChoiceRule(rule: JsonObject, input: JsonValue, ctx: EvalContext): boolean {
  if (Array.isArray(rule.And)) return rule.And.every((sub) => evaluateChoiceRule(asRule(sub), input, ctx));
  if (Array.isArray(rule.Or)) return rule.Or.some((sub) => evaluateChoiceRule(asRule(sub), input, ctx));
  if (rule.Not !== undefined) return !evaluateChoiceRule(asRule(rule.Not), input, ctx);

  const variable = rule.Variable;
  if (typeof variable !== 'string') throw invalidRule('a Choice rule needs And, Or, Not or Variable');

  if (typeof rule.IsPresent === 'boolean') return isPathPresent(variable, input, ctx) === rule.IsPresent;
  const value = readOperand(variable, input, ctx);
  for (const test of TYPE_TESTS) {
    const expected = rule[test];
    if (typeof expected === 'boolean') return isOfType(test, value) === expected;
  }
  if (rule.StringMatches !== undefined) {
    return typeof value === 'string' && typeof rule.StringMatches === 'string' && matchesPattern(value, rule.StringMatches);
  }
  for (const kind of KINDS) {
    for (const relation of RELATIONS) {
      const operator = `${kind}${relation}`;
      if (rule[operator] !== undefined) return compare(kind, relation, value, rule[operator]);
      const pathOperand = rule[`${operator}Path`];
      if (typeof pathOperand === 'string') return compare(kind, relation, value, readOperand(pathOperand, input, ctx));
    }
  }
  throw invalidRule(`no comparison operator in the rule for ${variable}`);
}

function asRule(value: JsonValue): JsonObject {
  if (!isJsonObject(value)) throw invalidRule('a nested Choice rule must be an object');
  return value;
}

function invalidRule(reason: string): StatesError {
  return new StatesError('States.Runtime', `Invalid Choice rule: ${reason}`);
}

function readOperand(path: string, input: JsonValue, ctx: EvalContext): JsonValue {
  if (!isPathPresent(path, input, ctx)) {
    throw new StatesError('States.Runtime', `Invalid path '${path}': The choice state's condition path references an invalid value.`);
  }
  return readPath(path, input, ctx, 'Variable');
}

function isOfType(test: (typeof TYPE_TESTS)[number], value: JsonValue): boolean {
  switch (test) {
    case 'IsNull':
      return value === null;
    case 'IsNumeric':
      return typeof value === 'number';
    case 'IsString':
      return typeof value === 'string';
    case 'IsBoolean':
      return typeof value === 'boolean';
    case 'IsTimestamp':
      return typeof value === 'string' && parseTimestamp(value) !== null;
    case 'IsPresent':
      return true;
  }
}

function compare(kind: Kind, relation: Relation, value: JsonValue, operand: JsonValue): boolean {
  const order = ordering(kind, value, operand);
  if (order === null) return false;
  if (kind === 'Boolean' && relation !== 'Equals') return false;
  switch (relation) {
    case 'Equals':
      return order === 0;
    case 'LessThan':
      return order < 0;
    case 'GreaterThan':
      return order > 0;
    case 'LessThanEquals':
      return order <= 0;
    case 'GreaterThanEquals':
      return order >= 0;
  }
}

/** -1/0/1, or null when either side is not of the compared kind. */
function ordering(kind: Kind, a: JsonValue, b: JsonValue): number | null {
  switch (kind) {
    case 'String':
      // UTF-16 code unit order, like Java's String.compareTo.
      return typeof a === 'string' && typeof b === 'string' ? (a < b ? -1 : a > b ? 1 : 0) : null;
    case 'Numeric':
      return typeof a === 'number' && typeof b === 'number' ? Math.sign(a - b) : null;
    case 'Boolean':
      return typeof a === 'boolean' && typeof b === 'boolean' ? (a === b ? 0 : 1) : null;
    case 'Timestamp': {
      const left = typeof a === 'string' ? parseTimestamp(a) : null;
      const right = typeof b === 'string' ? parseTimestamp(b) : null;
      if (left === null || right === null) return null;
      return left < right ? -1 : left > right ? 1 : 0;
    }
  }
}

/** StringMatches: `*` matches any run of characters; `\*` a literal star, `\\` a literal backslash. */
export function matchesPattern(value: string, pattern: string): boolean {
  let regex = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    const next = pattern.charAt(i + 1);
    if (c === '\\' && (next === '*' || next === '\\')) {
      regex += escapeRegex(next);
      i++;
    } else if (c === '*') {
      regex += '[\\s\\S]*';
    } else {
      regex += escapeRegex(c);
    }
  }
  return new RegExp(`^${regex}$`, 'u').test(value);
}

function escapeRegex(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
