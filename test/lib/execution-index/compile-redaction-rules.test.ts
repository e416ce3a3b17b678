import { describe, expect, it } from 'vitest';
import { compileRedactionRules } from '@/lib/execution-index/compile-redaction-rules';

describe('compileRedactionRules', () => {
  it('compiles each step: child, descendant, wildcard, index, quoted names and unions', () => {
    const [rule] = compileRedactionRules(['$.a..b[*][2][\'c d\', "e\\"f", 3]']).rules;
    expect(
      rule?.segments.map((s) => ({
        descendant: s.descendant,
        match: s.match.kind === 'wildcard' ? '*' : [...s.match.names, ...s.match.indexes],
      })),
    ).toEqual([
      { descendant: false, match: ['a'] },
      { descendant: true, match: ['b'] },
      { descendant: false, match: '*' },
      { descendant: false, match: [2] },
      { descendant: false, match: ['c d', 'e"f', 3] },
    ]);
  });

  it('keeps, per rule, a key every match passes through, or none when some rule has no such key', () => {
    expect(compileRedactionRules(['$..password', '$.items[*].card', '$.a.b']).quotedKeys).toEqual(['"password"', '"card"', '"b"']);
    expect(compileRedactionRules(['$..password', '$[0]']).quotedKeys).toBeUndefined();
    expect(compileRedactionRules([]).quotedKeys).toEqual([]);
  });

  it('says which rule is wrong, why, and where', () => {
    expect(() => compileRedactionRules(['$.a b'])).toThrow(
      'Redaction rule 1 "$.a b" is not a supported JSONPath: expected ".", ".." or "[" but found " " (at character 4)',
    );
    expect(() => compileRedactionRules(['$.' + 'a.'.repeat(70) + 'a'])).toThrow('more than 64 steps');
  });
});
