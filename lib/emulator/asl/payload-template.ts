import type { EvalContext } from './eval-context';
import { evaluateIntrinsic, isIntrinsicCall } from './intrinsics';
import { orderLikeJavaHashMap } from './java-hash-map-order';
import { readPath } from './json-path';
import { setMember } from './json-text';
import type { JsonObject, JsonValue } from './json-value';
import { StatesError } from './states-error';

/**
 * Evaluates a Parameters / ResultSelector / ItemSelector / Assign / Arguments(JSONPath) template: keys
 * ending in `.$` take a path or an intrinsic function call; nested objects/arrays recurse; other values are
 * copied as they are (a plain "$.x" string stays a string).
 *
 * Key order follows AWS: an object's static keys first in declared order, then its dynamic keys in
 * java.util.HashMap order (134 of 135 objects in the recorded histories match this rule).
 */
export function evaluatePayloadTemplate(template: JsonValue, input: JsonValue, ctx: EvalContext, field: string): JsonValue {
  if (Array.isArray(template)) return template.map((item) => evaluatePayloadTemplate(item, input, ctx, field));
  if (template === null || typeof template !== 'object') return template;
  const result: JsonObject = {};
  const dynamic = new Map<string, JsonValue>();
  for (const [key, value] of Object.entries(template)) {
    if (key.endsWith('.$')) {
      dynamic.set(key.slice(0, -2), evaluateDynamicValue(key, value, input, ctx));
    } else {
      setMember(result, key, evaluatePayloadTemplate(value, input, ctx, field));
    }
  }
  for (const key of orderLikeJavaHashMap([...dynamic.keys()])) {
    // A static key and a dynamic key with the same name: the dynamic value wins, as a later put() would.
    delete result[key];
    setMember(result, key, dynamic.get(key) ?? null);
  }
  return result;
}

function evaluateDynamicValue(key: string, expression: JsonValue, input: JsonValue, ctx: EvalContext): JsonValue {
  if (typeof expression !== 'string') {
    throw new StatesError('States.Runtime', `The value for the field '${key}' must be a valid JSONPath or a valid intrinsic function call`);
  }
  if (isIntrinsicCall(expression)) return evaluateIntrinsic(expression, input, ctx, key);
  return readPath(expression, input, ctx, key);
}
