import { describe, expect, it } from 'vitest';
import { parseFieldPath } from '@/lib/execution-index/parse-field-path';

describe('parseFieldPath', () => {
  it.each<[string, (string | number)[]]>([
    ['$', []],
    ['$.order.id', ['order', 'id']],
    ['$.items[0].sku', ['items', 0, 'sku']],
    ['$["order"]["id"]', ['order', 'id']],
    ["$['order']['id']", ['order', 'id']],
    ["$['it\\'s']", ["it's"]],
    ['$["q\\"x"]', ['q"x']],
    ["$['back\\\\slash']", ['back\\slash']],
    ['$.größe', ['größe']],
    ['$.order_id', ['order_id']],
    ['$.a-b.$c', ['a-b', '$c']],
    ["$['a b'][12]", ['a b', 12]],
    ['  $.padded  ', ['padded']],
  ])('reads %s', (path, segments) => {
    expect(parseFieldPath(path)).toEqual(segments);
  });

  it.each([
    ['order.id', 'it must start with $'],
    ['$..id', 'expected a name after the . at character 2'],
    ['$.items[*]', 'expected [n]'],
    ['$.items[-1]', 'expected [n]'],
    ['$.items[01]', 'expected [n]'],
    ['$.items[0:2]', 'expected [n]'],
    ['$[?(@.a)]', 'expected [n]'],
    ["$['open", 'never closed'],
    ["$['a'", 'expected ] after the quoted name at character 6'],
    ["$['a'x]", 'expected ] after the quoted name'],
    ["$['a\\n']", 'is not an escape'],
    ['$.a b', 'unexpected " "'],
    ['$x', 'unexpected "x" at character 2'],
  ])('refuses %s: %s', (path, reason) => {
    expect(() => parseFieldPath(path)).toThrow(reason);
    expect(() => parseFieldPath(path)).toThrow(`The field path ${JSON.stringify(path)} is not supported`);
  });

  it('refuses a path of more than 64 steps', () => {
    expect(() => parseFieldPath(`$${'.a'.repeat(65)}`)).toThrow('more than 64 steps');
  });
});
