import type { JsonValue } from './json-value';

/**
 * Serializes JSON compactly the way Step Functions (Jackson) writes it: `{"a":1}`, no spaces,
 * key order kept. Non-integral or very large numbers use Java's Double.toString form (`1.0E21`).
 */
export function toJsonText(value: JsonValue): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return formatJavaNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  return `{${Object.entries(value)
    .map(([key, item]) => `${JSON.stringify(key)}:${toJsonText(item)}`)
    .join(',')}}`;
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
  const [mantissa, exponent] = value.toExponential().split('e');
  const digits = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
  return `${digits}E${Number(exponent)}`;
}

/** Structural equality of two JSON values (object key order ignored). */
export function isJsonEqual(a: JsonValue, b: JsonValue): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => isJsonEqual(item, b[i]));
  }
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => key in b && isJsonEqual(a[key], b[key]));
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
