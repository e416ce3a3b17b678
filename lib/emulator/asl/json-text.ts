import type { JsonValue } from './json-value';

/**
 * Serializes JSON compactly the way Step Functions (Jackson) writes it: `{"a":1}`, no spaces,
 * key order kept. Non-integral or very large numbers use Java's Double.toString form (`1.0E21`).
 * Iterative, so that data nested thousands of levels deep cannot overflow the call stack.
 */
export function toJsonText(value: JsonValue): string {
  // Most payloads print the same through the native JSON.stringify, several times faster.
  if (printsAsNativeJson(value)) {
    try {
      return JSON.stringify(value);
    } catch (error) {
      // Nested too deeply for the native writer's stack: the iterative one below has none.
      if (!(error instanceof RangeError)) throw error;
    }
  }
  return writeNested(value, scalarJsonText, ',', (key) => `${JSON.stringify(key)}:`);
}

/**
 * Whether JSON.stringify writes this value exactly as Jackson would: plain objects and arrays without
 * holes or undefined members, and only numbers that both print alike (safe integers, and fractions
 * Java writes without an exponent). Iterative, like the writer.
 */
function printsAsNativeJson(value: JsonValue): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (item === null || typeof item === 'string' || typeof item === 'boolean') continue;
    if (typeof item === 'number') {
      if (!printsAlikeInJava(item)) return false;
    } else if (Array.isArray(item)) {
      for (let i = 0; i < item.length; i++) {
        const element: unknown = item[i];
        if (element === undefined) return false;
        pending.push(element);
      }
    } else if (typeof item === 'object' && isPlainObject(item)) {
      for (const key of Object.keys(item)) {
        const member: unknown = (item as Record<string, unknown>)[key];
        if (member === undefined) return false;
        pending.push(member);
      }
    } else {
      return false;
    }
  }
  return true;
}

function printsAlikeInJava(value: number): boolean {
  if (Number.isInteger(value)) return Math.abs(value) <= Number.MAX_SAFE_INTEGER;
  const abs = Math.abs(value);
  return abs >= 1e-3 && abs < 1e7;
}

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function scalarJsonText(value: null | boolean | number | string): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return formatJavaNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return JSON.stringify(value);
}

interface WriteFrame {
  container: JsonValue[] | { [key: string]: JsonValue };
  /** Object keys in order; undefined for an array. */
  keys: string[] | undefined;
  index: number;
}

/**
 * Writes a JSON value as `[a<sep>b]` / `{<key>a<sep><key>b}` with the given scalar and key writers,
 * walking the tree with an explicit stack instead of recursion.
 */
export function writeNested(
  value: JsonValue,
  scalar: (value: null | boolean | number | string) => string,
  separator: string,
  keyPrefix: (key: string) => string,
): string {
  if (value === null || typeof value !== 'object') return scalar(value);
  // Pieces are joined once at the end: appending to one string would build a rope of thousands of
  // nodes, several times the size of the flat text, for every payload the history keeps.
  const parts: string[] = [];
  const stack: WriteFrame[] = [];
  let next: JsonValue | undefined = value;
  for (;;) {
    if (next !== undefined) {
      if (Array.isArray(next)) {
        parts.push('[');
        stack.push({ container: next, keys: undefined, index: 0 });
      } else if (next !== null && typeof next === 'object') {
        parts.push('{');
        stack.push({ container: next, keys: Object.keys(next), index: 0 });
      } else {
        parts.push(scalar(next));
      }
      next = undefined;
    }
    const top = stack.at(-1);
    if (!top) return parts.join('');
    const length = top.keys ? top.keys.length : (top.container as JsonValue[]).length;
    if (top.index < length) {
      if (top.index > 0) parts.push(separator);
      if (top.keys) {
        const key = top.keys[top.index];
        const member = key === undefined ? undefined : (top.container as { [key: string]: JsonValue })[key];
        if (key === undefined || member === undefined) throw new Error(`toJsonText: no member at index ${top.index}`);
        parts.push(keyPrefix(key));
        next = member;
      } else {
        const element = (top.container as JsonValue[])[top.index];
        if (element === undefined) throw new Error(`toJsonText: no element at index ${top.index}`);
        next = element;
      }
      top.index++;
    } else {
      parts.push(top.keys ? '}' : ']');
      stack.pop();
    }
  }
}

const LONG_LIMIT = 2 ** 63;

/** Integers in Java's long range print as digits; everything else as Java's Double.toString. */
export function formatJavaNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < LONG_LIMIT) {
    return Object.is(value, -0) ? '0' : BigInt(value).toString();
  }
  return formatJavaDouble(value);
}

/** Java Double.toString: plain decimal for 1e-3 <= |x| < 1e7, else `d.dddE±n` (no plus sign). */
export function formatJavaDouble(value: number): string {
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(value);
  if (abs >= 1e-3 && abs < 1e7) {
    const text = String(value);
    return text.includes('.') ? text : `${text}.0`;
  }
  const [mantissa = '', exponent] = value.toExponential().split('e');
  const digits = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
  return `${digits}E${Number(exponent)}`;
}

/** Structural equality of two JSON values (object key order ignored). Iterative, like toJsonText. */
export function isJsonEqual(a: JsonValue, b: JsonValue): boolean {
  const pairs: Array<[JsonValue, JsonValue]> = [[a, b]];
  for (let pair = pairs.pop(); pair !== undefined; pair = pairs.pop()) {
    const [x, y] = pair;
    if (x === y) continue;
    if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return false;
    if (Array.isArray(x) || Array.isArray(y)) {
      if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
      for (const [i, item] of x.entries()) {
        const other = y[i];
        if (other === undefined) return false;
        pairs.push([item, other]);
      }
      continue;
    }
    const keys = Object.keys(x);
    if (keys.length !== Object.keys(y).length) return false;
    for (const key of keys) {
      const left = x[key];
      const right = y[key];
      if (left === undefined || right === undefined || !Object.hasOwn(y, key)) return false;
      pairs.push([left, right]);
    }
  }
  return true;
}

/** The JSON type name AWS uses in messages: 'array', 'object', 'string', 'number', 'boolean', 'null'. */
export function jsonTypeName(value: JsonValue): 'array' | 'object' | 'string' | 'number' | 'boolean' | 'null' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'object';
  return typeof value as 'string' | 'number' | 'boolean';
}

export function isJsonObject(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `holder[key] = value`, except that a key named `__proto__` stays an ordinary member, as JSON.parse makes it. */
export function setMember(holder: { [key: string]: JsonValue }, key: string, value: JsonValue): void {
  if (key === '__proto__') Object.defineProperty(holder, key, { value, enumerable: true, writable: true, configurable: true });
  else holder[key] = value;
}
