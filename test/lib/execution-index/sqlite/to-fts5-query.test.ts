import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { toFts5Query } from '@/lib/execution-index/sqlite/to-fts5-query';

describe('toFts5Query', () => {
  it.each([
    ['ORD-20483', '"ORD-20483"'],
    ['payment declined', '"payment" "declined"'],
    ['"payment declined" card', '"payment declined" "card"'],
    ['ORD-204*', '"ORD-204" *'],
    ['"ORD 204"*', '"ORD 204" *'],
    ['a"b', '"a""b"'],
    ['"unclosed phrase', '"unclosed phrase"'],
    ['NEAR(a b)', '"NEAR(a" "b)"'],
    ['* - " "" ^ 🙂', undefined],
    ['   ', undefined],
    ['tab\there', '"tab" "here"'],
  ])('reads %j as %j', (text, expected) => {
    expect(toFts5Query(text)).toBe(expected);
  });

  it('gives FTS5 only expressions it accepts', () => {
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE t USING fts5(body); INSERT INTO t VALUES ('order ORD-20483 was declined')");
    const match = db.prepare('SELECT count(*) AS n FROM t WHERE t MATCH ?');
    for (const text of ['ORD-20483', 'NEAR(', 'AND OR NOT', '"a""b', 'col:x', '^x', '(x', 'x)', 'décl*', '"ORD 2048"*']) {
      const query = toFts5Query(text);
      if (query !== undefined) expect(() => match.get(query)).not.toThrow();
    }
    expect(match.get(toFts5Query('ORD-20483'))).toEqual({ n: 1 });
    expect(match.get(toFts5Query('ORD-2048*'))).toEqual({ n: 1 });
    expect(match.get(toFts5Query('"declined was"'))).toEqual({ n: 0 });
  });

  it('refuses more than 32 words with a clear error', () => {
    expect(() => toFts5Query(Array.from({ length: 33 }, (_, i) => `w${i}`).join(' '))).toThrow('at most 32 are looked for at once');
  });
});
