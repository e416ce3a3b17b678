import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteDatabase } from '@/lib/execution-index/sqlite/open-sqlite-database';
import { createPayloadFieldWriter, FIELD_KIND, PAYLOAD_FIELD_LIMITS, toCanonicalJson } from '@/lib/execution-index/sqlite/payload-fields';

let db: Database.Database;
beforeEach(() => {
  db = openSqliteDatabase(':memory:');
});
afterEach(() => db.close());

const fieldsOf = (id: number) =>
  db
    .prepare(
      'SELECT p.path, f.payload, f.kind, f.value FROM payload_fields f JOIN field_paths p ON p.id = f.path_id WHERE execution_id = ? ORDER BY p.path',
    )
    .all(id) as { path: string; payload: number; kind: number; value: unknown }[];

describe('payload fields', () => {
  it('keeps every value and container with its JSON type, numbers as numbers and strings as strings', () => {
    createPayloadFieldWriter(db).write(1, 'input', JSON.stringify({ n: 12.5, s: '12.5', t: true, f: false, z: null, o: { a: [1] } }));
    expect(fieldsOf(1)).toEqual([
      { path: '$.f', payload: 0, kind: FIELD_KIND.false, value: null },
      { path: '$.n', payload: 0, kind: FIELD_KIND.number, value: 12.5 },
      { path: '$.o', payload: 0, kind: FIELD_KIND.object, value: null },
      { path: '$.o.a', payload: 0, kind: FIELD_KIND.array, value: null },
      { path: '$.o.a[0]', payload: 0, kind: FIELD_KIND.number, value: 1 },
      { path: '$.s', payload: 0, kind: FIELD_KIND.string, value: '12.5' },
      { path: '$.t', payload: 0, kind: FIELD_KIND.true, value: null },
      { path: '$.z', payload: 0, kind: FIELD_KIND.null, value: null },
    ]);
  });

  it('keeps a scalar payload at $, and nothing of text that is not JSON', () => {
    const writer = createPayloadFieldWriter(db);
    writer.write(1, 'output', '"done"');
    writer.write(2, 'input', '{"cut": "in the mid');
    expect(fieldsOf(1)).toEqual([{ path: '$', payload: 1, kind: FIELD_KIND.string, value: 'done' }]);
    expect(fieldsOf(2)).toEqual([]);
  });

  it(`keeps at most ${PAYLOAD_FIELD_LIMITS.fieldsPerPayload} fields, skips deep paths and never compares long strings`, () => {
    const writer = createPayloadFieldWriter(db);
    writer.write(1, 'input', JSON.stringify({ items: Array.from({ length: 5000 }, (_, i) => i) }));
    expect(fieldsOf(1)).toHaveLength(PAYLOAD_FIELD_LIMITS.fieldsPerPayload);
    let deep: unknown = 'bottom';
    for (let i = 0; i < 40; i++) deep = { d: deep };
    writer.write(2, 'input', JSON.stringify(deep));
    expect(fieldsOf(2)).toHaveLength(PAYLOAD_FIELD_LIMITS.maxDepth);
    writer.write(3, 'input', JSON.stringify({ long: 'x'.repeat(PAYLOAD_FIELD_LIMITS.maxComparedStringChars + 1) }));
    expect(fieldsOf(3)).toEqual([{ path: '$.long', payload: 0, kind: FIELD_KIND.string, value: null }]);
  });

  it('stores keys spelled with escapes as JSON.stringify spells them, and clears an execution’s fields', () => {
    const writer = createPayloadFieldWriter(db);
    writer.write(1, 'input', '{"gr\\u00f6\\u00dfe": "L", "a\\/b": 1}');
    expect(fieldsOf(1).map((field) => field.path)).toEqual(['$."a/b"', '$."größe"']);
    writer.clear(1);
    expect(fieldsOf(1)).toEqual([]);
  });

  it('canonicalizes only text with escapes', () => {
    const plain = '{ "a" : 1 }';
    expect(toCanonicalJson(plain)).toBe(plain);
    expect(toCanonicalJson('{"\\u0041": 1}')).toBe('{"A":1}');
    expect(toCanonicalJson('{"\\u0041": ')).toBe('{"\\u0041": ');
  });
});
