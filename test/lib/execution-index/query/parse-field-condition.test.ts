import { describe, expect, it } from 'vitest';
import { readFieldCondition } from '@/lib/execution-index/query/parse-field-condition';

describe('readFieldCondition', () => {
  it('reads from the scanner position and stops after the value', () => {
    const scanner = { text: 'x $.a.b[2] >= 3 rest', at: 2 };
    expect(readFieldCondition(scanner, 'input')).toEqual({ payload: 'input', path: '$.a.b[2]', operator: '>=', value: 3 });
    expect(scanner.text.slice(scanner.at)).toBe(' rest');
  });

  it('writes names that are not plain identifiers in brackets, escaping quotes', () => {
    expect(readFieldCondition({ text: `$["it's"] exists`, at: 0 }, undefined)).toEqual({ path: "$['it\\'s']", operator: 'exists' });
    expect(readFieldCondition({ text: '$ contains "a"', at: 0 }, undefined)).toEqual({ path: '$', operator: 'contains', value: 'a' });
  });
});
