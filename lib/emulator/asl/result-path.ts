import { parsePath } from './json-path-syntax';
import { isJsonObject, setMember, toJsonText } from './json-text';
import type { JsonObject, JsonValue } from './json-value';
import { StatesError } from './states-error';

/**
 * ResultPath semantics: undefined => replace with result; null => keep input; `$` => result;
 * `$.a.b` / `$['a'][0]` => a copy of the input with the result set there, creating missing objects.
 * Fails with States.ResultPathMatchFailure when the path runs into a value it cannot descend into.
 */
export function applyResultPath(input: JsonValue, result: JsonValue, resultPath: string | null | undefined): JsonValue {
  if (resultPath === undefined) return result;
  if (resultPath === null) return input;
  const parsed = parsePath(resultPath);
  if (parsed.root.kind !== 'input' || !parsed.segments) {
    throw new StatesError('States.Runtime', `Invalid ResultPath '${resultPath}'`);
  }
  const segments = parsed.segments;
  if (segments.length === 0) return result;
  const fail = () =>
    new StatesError('States.ResultPathMatchFailure', `Unable to apply ReferencePath ${resultPath} to input ${toJsonText(input)}`);
  // Only the containers along the path are copied: the rest is shared with the input, which nothing
  // mutates, and copying it all (structuredClone) overflows the stack on deeply nested input.
  const root = shallowCopy(input);
  let current: JsonValue = root;
  segments.forEach((segment, i) => {
    const isLast = i === segments.length - 1;
    if (segment.kind === 'property') {
      if (!isJsonObject(current)) throw fail();
      const holder: JsonObject = current;
      if (isLast) {
        setMember(holder, segment.name, result);
        return;
      }
      const existing = holder[segment.name];
      const child = shallowCopy(existing === undefined ? {} : existing);
      setMember(holder, segment.name, child);
      current = child;
    } else {
      if (!Array.isArray(current)) throw fail();
      const index = segment.index < 0 ? current.length + segment.index : segment.index;
      const element = current[index];
      if (index < 0 || element === undefined) throw fail();
      if (isLast) {
        current[index] = result;
        return;
      }
      const child = shallowCopy(element);
      current[index] = child;
      current = child;
    }
  });
  return root;
}

function shallowCopy(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return [...value];
  if (isJsonObject(value)) return { ...value };
  return value;
}
