import { describe, expect, it } from 'vitest';
import { orderLikeJavaHashMap } from '@/lib/emulator/asl/java-hash-map-order';

describe('orderLikeJavaHashMap', () => {
  it.each<[string[], string[]]>([
    // Orders seen in recorded histories (Assign/Parameters objects built from `.$` keys, JsonMerge).
    [
      ['simpleArray', 'partitionedArray', 'containsElement', 'numberRange', 'thirdElement', 'arraySize', 'uniqueValues'],
      ['uniqueValues', 'simpleArray', 'thirdElement', 'partitionedArray', 'arraySize', 'containsElement', 'numberRange'],
    ],
    [
      ['mergedJson', 'parsedJson', 'stringifiedJson'],
      ['parsedJson', 'mergedJson', 'stringifiedJson'],
    ],
    [
      ['Question', 'Answer'],
      ['Answer', 'Question'],
    ],
    [
      ['value', 'bucketName'],
      ['bucketName', 'value'],
    ],
    [
      ['constant_in_literal', 'constant_input_field'],
      ['constant_input_field', 'constant_in_literal'],
    ],
    [
      ['a', 'b', 'd', 'c'],
      ['a', 'b', 'c', 'd'],
    ],
  ])('orders %j as %j', (keys, expected) => {
    expect(orderLikeJavaHashMap(keys)).toEqual(expected);
  });

  it('keeps every key exactly once, also past a resize', () => {
    const keys = Array.from({ length: 40 }, (_, i) => `key${i}`);
    expect([...orderLikeJavaHashMap(keys)].sort()).toEqual([...keys].sort());
  });
});
