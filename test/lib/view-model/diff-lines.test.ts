import { describe, expect, it } from 'vitest';
import { formatJson } from '@/lib/format/format-json';
import { diffLines } from '@/lib/view-model/diff-lines';

describe('diffLines', () => {
  it('pairs a changed value on one row and shows added keys on the right only', () => {
    const input = formatJson('{"orderId":"o-1","amount":10}');
    const output = formatJson('{"orderId":"o-1","amount":12,"charged":true}');
    const { rows, approximate } = diffLines(input, output);
    expect(approximate).toBe(false);
    expect(rows.map((r) => [r.kind, r.left?.text ?? null, r.right?.text ?? null])).toEqual([
      ['same', '{', '{'],
      ['same', '  "orderId": "o-1",', '  "orderId": "o-1",'],
      ['changed', '  "amount": 10', '  "amount": 12,'],
      ['added', null, '  "charged": true'],
      ['same', '}', '}'],
    ]);
    expect(rows[3]!.right!.line).toBe(4);
  });

  it('shows removed lines on the left only', () => {
    const { rows } = diffLines('a\nb\nc', 'a\nc');
    expect(rows.map((r) => r.kind)).toEqual(['same', 'removed', 'same']);
    expect(rows[1]!.left).toEqual({ line: 2, text: 'b' });
  });

  it('aligns a large payload exactly: an inserted line does not shift every row after it', () => {
    const before = Array.from({ length: 5_000 }, (_, i) => `  "k${i}": ${i},`);
    const after = [...before];
    after[10] = '  "k10": "ten",';
    after.splice(2_000, 0, '  "inserted": true,');
    after.splice(4_001, 1); // "k4000" removed (index shifted by the insert)
    after[4_500] = '  "k4500": 0,'; // index 4,500 is "k4500" again after one insert and one removal
    const { rows, approximate } = diffLines(before.join('\n'), after.join('\n'));
    expect(approximate).toBe(false);
    const changes = rows.filter((row) => row.kind !== 'same');
    expect(changes).toEqual([
      { kind: 'changed', left: { line: 11, text: '  "k10": 10,' }, right: { line: 11, text: '  "k10": "ten",' } },
      { kind: 'added', right: { line: 2_001, text: '  "inserted": true,' } },
      { kind: 'removed', left: { line: 4_001, text: '  "k4000": 4000,' } },
      { kind: 'changed', left: { line: 4_501, text: '  "k4500": 4500,' }, right: { line: 4_501, text: '  "k4500": 0,' } },
    ]);
    expect(rows).toHaveLength(5_001);
    // The line after the insertion pairs with itself, one line number further on the right.
    expect(rows.find((row) => row.left?.line === 2_001)).toEqual({
      kind: 'same',
      left: { line: 2_001, text: '  "k2000": 2000,' },
      right: { line: 2_002, text: '  "k2000": 2000,' },
    });
  });

  it('pairs lines by position, and says so, only when the texts differ in too many lines to align', () => {
    const left = Array.from({ length: 1_500 }, (_, i) => `l${i}`).join('\n');
    const right = Array.from({ length: 1_400 }, (_, i) => `r${i}`).join('\n');
    const { rows, approximate } = diffLines(left, right);
    expect(approximate).toBe(true);
    expect(rows).toHaveLength(1_500);
    expect(rows[5]).toEqual({ kind: 'changed', left: { line: 6, text: 'l5' }, right: { line: 6, text: 'r5' } });
    expect(rows[1_450]?.kind).toBe('removed');
  });

  it('leaves text that is not JSON as it is', () => {
    expect(formatJson('not json')).toBe('not json');
    expect(formatJson('{"a":[1]}')).toBe('{\n  "a": [\n    1\n  ]\n}');
  });
});
