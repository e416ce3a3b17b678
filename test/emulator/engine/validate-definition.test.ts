import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '@/lib/emulator/asl/json-depth';
import { validateDefinition } from '@/lib/emulator/engine/validate-definition';

describe('validateDefinition', () => {
  it('accepts a valid JSONPath definition', () => {
    expect(validateDefinition(JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }))).toEqual({ ok: true });
  });

  it('accepts JSONata states with free-form Output, Assign and Items values', () => {
    const definition = {
      QueryLanguage: 'JSONata',
      StartAt: 'P',
      States: {
        P: { Type: 'Pass', Output: 'plain text output', Assign: { list: [null, 1, '$x', { a: 1 }] }, Next: 'C' },
        C: { Type: 'Choice', Choices: [{ Condition: '{% true %}', Next: 'M', Output: 42 }], Default: 'M', Output: 'default' },
        M: { Type: 'Map', Items: '{% [1,2] %}', ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } }, End: true },
      },
    };
    expect(validateDefinition(JSON.stringify(definition))).toEqual({ ok: true });
  });

  it('reports JSON syntax errors in AWS’s wording', () => {
    const result = validateDefinition('{"StartAt": ');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^INVALID_JSON_DESCRIPTION: /);
  });

  it('reports schema errors with the path at the end', () => {
    const result = validateDefinition(JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', End: 'yes' } } }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^SCHEMA_VALIDATION_FAILED: .* at \/States\/A/);
  });

  it('reports a Next that names no state as MISSING_TRANSITION_TARGET', () => {
    const result = validateDefinition(JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Nowhere' } } }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('MISSING_TRANSITION_TARGET');
  });

  it('refuses a definition nested more than MAX_JSON_DEPTH levels with a clear reason, at any depth', () => {
    const nested = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
    const definition = (levels: number) => `{"StartAt":"P","States":{"P":{"Type":"Pass","Result":${nested(levels)},"End":true}}}`;
    // The Pass state itself sits 3 levels down.
    expect(validateDefinition(definition(MAX_JSON_DEPTH - 3))).toEqual({ ok: true });
    for (const levels of [MAX_JSON_DEPTH - 2, 5_000, 200_000]) {
      expect(validateDefinition(definition(levels))).toEqual({
        ok: false,
        message: `INVALID_JSON_DESCRIPTION: The definition is nested too deeply: more than ${MAX_JSON_DEPTH} levels of objects and arrays`,
      });
    }
  });

  it('counts brackets inside strings as text, not as nesting', () => {
    const brackets = '['.repeat(5_000);
    expect(validateDefinition(JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', Result: brackets, End: true } } }))).toEqual({ ok: true });
  });
});
