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
    expect(validateDefinition(JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', Result: brackets, End: true } } }))).toEqual({
      ok: true,
    });
  });

  it('accepts a "States" member in free JSON such as a Pass Result, which asl-validator used to throw on', () => {
    const definition = { StartAt: 'P', States: { P: { Type: 'Pass', Result: { States: { a: 1, b: 'x', c: null } }, End: true } } };
    expect(validateDefinition(JSON.stringify(definition))).toEqual({ ok: true });
  });

  it.each<[string, unknown, string]>([
    ['States that is not an object', { StartAt: 'A', States: null }, '/States'],
    ['a state that is a string', { StartAt: 'A', States: { A: 'Pass' } }, '/States/A'],
    [
      'a state of a Parallel branch that is a number',
      { StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [{ StartAt: 'X', States: { X: 1 } }], End: true } } },
      '/States/P/Branches/0/States/X',
    ],
    [
      'a state of a Map processor that is null',
      { StartAt: 'M', States: { M: { Type: 'Map', ItemProcessor: { StartAt: 'X', States: { 'a/b': null } }, End: true } } },
      '/States/M/ItemProcessor/States/a~1b',
    ],
  ])('refuses %s in the schema check’s words instead of failing', (_, definition, path) => {
    expect(validateDefinition(JSON.stringify(definition))).toEqual({
      ok: false,
      message: `SCHEMA_VALIDATION_FAILED: must be object at ${path}`,
    });
  });

  describe('Parallel states nested many levels deep', () => {
    let counter = 0;
    /** `levels` Parallel states, each the only state of its parent's branch, around `leaf`. */
    const nestedParallels = (levels: number, leaf: object): object => {
      let machine = leaf;
      for (let i = 0; i < levels; i++) {
        const name = `P${++counter}`;
        machine = { StartAt: name, States: { [name]: { Type: 'Parallel', Branches: [machine], End: true } } };
      }
      return machine;
    };
    const succeed = { StartAt: 'Leaf', States: { Leaf: { Type: 'Succeed' } } };

    it('validates 30 levels in well under a second per pass (asl-validator alone took minutes from 25)', () => {
      const started = performance.now();
      expect(validateDefinition(JSON.stringify(nestedParallels(30, succeed)))).toEqual({ ok: true });
      expect(performance.now() - started).toBeLessThan(5_000);
    });

    it('reports an error deep inside at its place in the definition', () => {
      const leaf = { StartAt: 'Leaf', States: { Leaf: { Type: 'Pass', End: 'yes' } } };
      const result = validateDefinition(JSON.stringify(nestedParallels(7, leaf)));
      const path = Array.from({ length: 7 }, (_, i) => `/States/P${counter - i}/Branches/0`).join('');
      expect(result).toEqual({
        ok: false,
        message: `SCHEMA_VALIDATION_FAILED: must be equal to one of the allowed values at ${path}/States/Leaf/End`,
      });
    });

    it('finds a state name used both outside and deep inside', () => {
      const inner = nestedParallels(6, { StartAt: 'Twin', States: { Twin: { Type: 'Succeed' } } }) as {
        StartAt: string;
        States: Record<string, object>;
      };
      const definition = { StartAt: 'Twin', States: { Twin: { Type: 'Pass', Next: inner.StartAt }, ...inner.States } };
      expect(validateDefinition(JSON.stringify(definition))).toEqual({
        ok: false,
        message: 'DUPLICATE_STATE_NAMES: A state with this name already exists: Twin',
      });
    });
  });
});
