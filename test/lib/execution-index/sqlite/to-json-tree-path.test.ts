import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { parseFieldPath } from '@/lib/execution-index/parse-field-path';
import { toJsonTreePath } from '@/lib/execution-index/sqlite/to-json-tree-path';

const DOCUMENT = {
  order: { id: 1, order_id: 2, 'a b': 3, 'q"x': 4, größe: 5, A9: 6, '9a': 7, '': 8, 'back\\slash': 9 },
  items: [[{ sku: 10 }]],
};

describe('toJsonTreePath', () => {
  const db = new Database(':memory:');
  const fullkeys = new Set(
    db
      .prepare<[string], { fullkey: string }>('SELECT fullkey FROM json_tree(?)')
      .all(JSON.stringify(DOCUMENT))
      .map((row) => row.fullkey),
  );

  it.each([
    ['$.order.id', '$.order.id'],
    ['$.order.order_id', '$.order."order_id"'],
    ["$.order['a b']", '$.order."a b"'],
    ['$.order["q\\"x"]', '$.order."q\\"x"'],
    ['$.order.größe', '$.order."größe"'],
    ['$.order.A9', '$.order.A9'],
    ["$.order['9a']", '$.order."9a"'],
    ["$.order['']", '$.order.""'],
    ["$.order['back\\\\slash']", '$.order."back\\\\slash"'],
    ['$.items[0][0].sku', '$.items[0][0].sku'],
    ['$', '$'],
  ])('writes %s as json_tree does: %s', (path, fullkey) => {
    expect(toJsonTreePath(parseFieldPath(path))).toBe(fullkey);
    expect(fullkeys.has(fullkey)).toBe(true);
  });
});
