import { describe, expect, it } from 'vitest';
import { diffLines } from '@/lib/view-model/diff-lines';
import { formatPayload } from '@/lib/view-model/format-payload';

describe('diffLines', () => {
  it('pairs a changed value on one row and shows added keys on the right only', () => {
    const input = formatPayload('{"orderId":"o-1","amount":10}');
    const output = formatPayload('{"orderId":"o-1","amount":12,"charged":true}');
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

  it('falls back to pairing lines by position when the texts are too long to align', () => {
    const left = Array.from({ length: 2_100 }, (_, i) => `l${i}`).join('\n');
    const right = Array.from({ length: 2_000 }, (_, i) => (i === 5 ? 'x' : `l${i}`)).join('\n');
    const { rows, approximate } = diffLines(left, right);
    expect(approximate).toBe(true);
    expect(rows).toHaveLength(2_100);
    expect(rows[5]!.kind).toBe('changed');
    expect(rows[2_050]!.kind).toBe('removed');
  });

  it('leaves text that is not JSON as it is', () => {
    expect(formatPayload('not json')).toBe('not json');
    expect(formatPayload('{"a":[1]}')).toBe('{\n  "a": [\n    1\n  ]\n}');
  });
});
