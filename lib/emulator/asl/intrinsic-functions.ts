import { createHash, randomUUID } from 'node:crypto';
import { NODE_HASH_ALGORITHM_BY_AWS_NAME } from './hash-algorithms';
import { JavaRandom } from './java-random';
import { orderLikeJavaHashMap } from './java-hash-map-order';
import { formatJavaNumber, isJsonEqual, isJsonObject, toJsonText, writeNested } from './json-text';
import type { JsonObject, JsonValue } from './json-value';
import { StatesError } from './states-error';

/** An evaluated argument; string literals also carry their raw (still escaped) text for States.Format. */
export interface IntrinsicArgument {
  value: JsonValue;
  rawLiteral?: string;
}

type IntrinsicFunction = (args: IntrinsicArgument[]) => JsonValue;

const MAX_ARRAY_RANGE_ITEMS = 1000;
const MAX_ENCODED_STRING_LENGTH = 10000;
const INT_MAX = 2 ** 31 - 1;
const INT_MIN = -(2 ** 31);

/** AWS fails every bad argument the same way: States.Runtime "Invalid arguments in States.<Name>". */
export function invalidArguments(name: string): StatesError {
  return new StatesError('States.Runtime', `Invalid arguments in States.${name}`);
}

function expectArity(name: string, args: IntrinsicArgument[], min: number, max = min): void {
  if (args.length < min || args.length > max) throw invalidArguments(name);
}

/** Argument `index`, failing like AWS does for a missing one (arity is normally checked first). */
function argumentAt(name: string, args: IntrinsicArgument[], index: number): JsonValue {
  const argument = args[index];
  if (argument === undefined) throw invalidArguments(name);
  return argument.value;
}

function asString(name: string, value: JsonValue): string {
  if (typeof value !== 'string') throw invalidArguments(name);
  return value;
}

function asNumber(name: string, value: JsonValue): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalidArguments(name);
  return value;
}

function asArray(name: string, value: JsonValue): JsonValue[] {
  if (!Array.isArray(value)) throw invalidArguments(name);
  return value;
}

/** Renders a States.Format argument as Java's toString would: objects `{a=1, b=[]}`, lists `[1, x]`. */
export function formatIntrinsicValue(value: JsonValue): string {
  return writeNested(value, formatIntrinsicScalar, ', ', (key) => `${key}=`);
}

function formatIntrinsicScalar(value: null | boolean | number | string): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatJavaNumber(value);
  return String(value);
}

/** Splits a Format template into literal text and `{}` slots; `\{`, `\}` and `\\` are literal characters. */
function renderFormat(template: string, values: JsonValue[]): string {
  let out = '';
  let used = 0;
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === '\\' && i + 1 < template.length) {
      out += template[++i];
    } else if (c === '{' && template[i + 1] === '}') {
      const value = values[used++];
      if (value === undefined) throw invalidArguments('Format');
      out += formatIntrinsicValue(value);
      i++;
    } else if (c === '{' || c === '}') {
      throw invalidArguments('Format');
    } else {
      out += c;
    }
  }
  if (used !== values.length) throw invalidArguments('Format');
  return out;
}

function arrayRange(args: IntrinsicArgument[]): JsonValue {
  expectArity('ArrayRange', args, 3);
  // Fractional bounds are truncated, not rounded (AWS gives [1] for ArrayRange(1.6, 1.4, 1)).
  const [start, end, step] = args.map((a) => Math.trunc(asNumber('ArrayRange', a.value)));
  if (start === undefined || end === undefined || step === undefined || step === 0) throw invalidArguments('ArrayRange');
  if ((step > 0 && start > end) || (step < 0 && start < end)) return [];
  const count = Math.floor((end - start) / step) + 1;
  if (count > MAX_ARRAY_RANGE_ITEMS) throw invalidArguments('ArrayRange');
  return Array.from({ length: count }, (_, i) => start + i * step);
}

function jsonMerge(args: IntrinsicArgument[]): JsonValue {
  expectArity('JsonMerge', args, 3);
  const [left, right, deep] = args.map((a) => a.value);
  // AWS only supports the shallow merge; `true` is rejected.
  if (!isJsonObject(left) || !isJsonObject(right) || deep !== false) throw invalidArguments('JsonMerge');
  const merged: JsonObject = { ...left, ...right };
  const insertionOrder = [...Object.keys(left), ...Object.keys(right).filter((k) => !Object.hasOwn(left, k))];
  return Object.fromEntries(
    orderLikeJavaHashMap(insertionOrder).flatMap((key) => {
      const value = merged[key];
      return value === undefined ? [] : [[key, value] as const];
    }),
  );
}

function mathRandom(args: IntrinsicArgument[]): JsonValue {
  expectArity('MathRandom', args, 2, 3);
  const start = Math.trunc(asNumber('MathRandom', argumentAt('MathRandom', args, 0)));
  const end = Math.trunc(asNumber('MathRandom', argumentAt('MathRandom', args, 1)));
  if (start >= end || end - start > INT_MAX) throw invalidArguments('MathRandom');
  if (args.length === 3) {
    const seed = asNumber('MathRandom', argumentAt('MathRandom', args, 2));
    return start + new JavaRandom(seed).nextInt(end - start);
  }
  return start + Math.floor(Math.random() * (end - start));
}

function base64Decode(args: IntrinsicArgument[]): JsonValue {
  expectArity('Base64Decode', args, 1);
  const text = asString('Base64Decode', argumentAt('Base64Decode', args, 0));
  if (text.length > MAX_ENCODED_STRING_LENGTH || !/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) {
    throw invalidArguments('Base64Decode');
  }
  return Buffer.from(text, 'base64').toString('utf8');
}

export const INTRINSIC_FUNCTIONS: Record<string, IntrinsicFunction> = {
  Format(args) {
    const [first] = args;
    if (first === undefined) throw invalidArguments('Format');
    const template = first.rawLiteral ?? asString('Format', first.value);
    if (typeof first.value !== 'string') throw invalidArguments('Format');
    return renderFormat(
      template,
      args.slice(1).map((a) => a.value),
    );
  },
  StringToJson(args) {
    expectArity('StringToJson', args, 1);
    const text = asString('StringToJson', argumentAt('StringToJson', args, 0));
    // Recorded: "" and " " both give null.
    if (text.trim() === '') return null;
    try {
      return JSON.parse(text) as JsonValue;
    } catch {
      throw invalidArguments('StringToJson');
    }
  },
  JsonToString(args) {
    expectArity('JsonToString', args, 1);
    return toJsonText(argumentAt('JsonToString', args, 0));
  },
  Array(args) {
    return args.map((a) => a.value);
  },
  ArrayPartition(args) {
    expectArity('ArrayPartition', args, 2);
    const array = asArray('ArrayPartition', argumentAt('ArrayPartition', args, 0));
    const size = Math.trunc(asNumber('ArrayPartition', argumentAt('ArrayPartition', args, 1)));
    if (size <= 0) throw invalidArguments('ArrayPartition');
    const chunks: JsonValue[] = [];
    for (let i = 0; i < array.length; i += size) chunks.push(array.slice(i, i + size));
    return chunks;
  },
  ArrayContains(args) {
    expectArity('ArrayContains', args, 2);
    const array = asArray('ArrayContains', argumentAt('ArrayContains', args, 0));
    const wanted = argumentAt('ArrayContains', args, 1);
    return array.some((item) => isJsonEqual(item, wanted));
  },
  ArrayRange: arrayRange,
  ArrayGetItem(args) {
    expectArity('ArrayGetItem', args, 2);
    const array = asArray('ArrayGetItem', argumentAt('ArrayGetItem', args, 0));
    const index = asNumber('ArrayGetItem', argumentAt('ArrayGetItem', args, 1));
    const item = Number.isInteger(index) ? array[index] : undefined;
    if (item === undefined) throw invalidArguments('ArrayGetItem');
    return item;
  },
  ArrayLength(args) {
    expectArity('ArrayLength', args, 1);
    return asArray('ArrayLength', argumentAt('ArrayLength', args, 0)).length;
  },
  ArrayUnique(args) {
    expectArity('ArrayUnique', args, 1);
    const unique: JsonValue[] = [];
    for (const item of asArray('ArrayUnique', argumentAt('ArrayUnique', args, 0))) {
      if (!unique.some((seen) => isJsonEqual(seen, item))) unique.push(item);
    }
    return unique;
  },
  Base64Encode(args) {
    expectArity('Base64Encode', args, 1);
    const text = asString('Base64Encode', argumentAt('Base64Encode', args, 0));
    if (text.length > MAX_ENCODED_STRING_LENGTH) throw invalidArguments('Base64Encode');
    return Buffer.from(text, 'utf8').toString('base64');
  },
  Base64Decode: base64Decode,
  Hash(args) {
    expectArity('Hash', args, 2);
    const data = argumentAt('Hash', args, 0);
    const algorithm = NODE_HASH_ALGORITHM_BY_AWS_NAME[asString('Hash', argumentAt('Hash', args, 1))];
    if (!algorithm || data === null) throw invalidArguments('Hash');
    const text = typeof data === 'string' ? data : toJsonText(data);
    if (text.length > MAX_ENCODED_STRING_LENGTH) throw invalidArguments('Hash');
    return createHash(algorithm).update(text, 'utf8').digest('hex');
  },
  JsonMerge: jsonMerge,
  MathRandom: mathRandom,
  MathAdd(args) {
    expectArity('MathAdd', args, 2);
    // Each operand is rounded half up first (recorded: 1.49 + 1.5 = 3, -1.5 + 0 = -1).
    const [a, b] = args.map((arg) => Math.round(asNumber('MathAdd', arg.value)));
    if (a === undefined || b === undefined || [a, b].some((n) => n < INT_MIN || n > INT_MAX)) throw invalidArguments('MathAdd');
    return a + b;
  },
  StringSplit(args) {
    expectArity('StringSplit', args, 2);
    const text = asString('StringSplit', argumentAt('StringSplit', args, 0));
    // Every character of the second argument is a delimiter and empty pieces are dropped (recorded).
    const delimiters = new Set(asString('StringSplit', argumentAt('StringSplit', args, 1)));
    const pieces: string[] = [];
    let current = '';
    for (const c of text) {
      if (delimiters.has(c)) {
        if (current) pieces.push(current);
        current = '';
      } else {
        current += c;
      }
    }
    if (current) pieces.push(current);
    return pieces;
  },
  UUID(args) {
    expectArity('UUID', args, 0);
    return randomUUID();
  },
};
