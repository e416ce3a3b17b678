import { createHash, randomUUID } from 'node:crypto';
import { NODE_HASH_ALGORITHM_BY_AWS_NAME } from './hash-algorithms';
import { JavaRandom } from './java-random';

/** Thrown by the AWS-provided JSONata functions; jsonata surfaces it as an evaluation error. */
class AwsFunctionError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/** $partition(array, size): consecutive chunks of `size` (recorded: $partition([0,1,2], 2) = [[0,1],[2]]). */
function partition(array: unknown, size: unknown): unknown[][] {
  const items = Array.isArray(array) ? array : array === undefined ? [] : [array];
  if (!isInteger(size) || size <= 0) throw new AwsFunctionError('partition', 'Invalid arguments in $partition');
  const chunks: unknown[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** $range(start, end, step): inclusive; a one-element range comes back as its element, as AWS returns 1
 *  (not [1]) for $range(1, 9, 9). */
function range(start: unknown, end: unknown, step: unknown = 1): unknown {
  if (!isInteger(start) || !isInteger(end) || !isInteger(step) || step === 0) {
    throw new AwsFunctionError('range', 'Invalid arguments in $range');
  }
  const values: number[] = [];
  for (let v = start; step > 0 ? v <= end : v >= end; v += step) {
    values.push(v);
    if (values.length > 1000) throw new AwsFunctionError('range', 'Invalid arguments in $range');
  }
  return values.length === 1 ? values[0] : values;
}

function hash(data: unknown, algorithm: unknown): string {
  const name = typeof algorithm === 'string' ? NODE_HASH_ALGORITHM_BY_AWS_NAME[algorithm] : undefined;
  if (typeof data !== 'string' || !name) throw new AwsFunctionError('hash', 'Invalid arguments in $hash');
  return createHash(name).update(data, 'utf8').digest('hex');
}

function random(seed?: unknown): number {
  if (seed === undefined) return Math.random();
  if (!isInteger(seed)) throw new AwsFunctionError('random', 'Invalid arguments in $random');
  return new JavaRandom(seed).nextDouble();
}

function parse(text: unknown): unknown {
  if (typeof text !== 'string') throw new AwsFunctionError('T0410', 'Argument 1 of function "parse" does not match function signature');
  try {
    return JSON.parse(text);
  } catch {
    throw new AwsFunctionError('parse', 'Invalid arguments in $parse');
  }
}

/** The functions AWS adds to JSONata: $partition, $range, $hash, $random, $uuid, $parse. */
export const AWS_JSONATA_FUNCTIONS: Record<string, (...args: unknown[]) => unknown> = {
  partition: (array, size) => partition(array, size),
  range: (start, end, step) => range(start, end, step),
  hash: (data, algorithm) => hash(data, algorithm),
  random: (seed) => random(seed),
  uuid: () => randomUUID(),
  parse: (text) => parse(text),
};
