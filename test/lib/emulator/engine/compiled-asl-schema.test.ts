import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDefinition } from '@/lib/emulator/engine/validate-definition';
import { compiledSchemaErrors, librarySchemaErrors, installCompiledAslSchemas } from '@/lib/emulator/engine/compiled-asl-schema';

const OPTIONS = { checkPaths: true, checkArn: false };
const SEEDS_DIR = path.join(__dirname, '../../../../lib/seeds/definitions');
const seeds = readdirSync(SEEDS_DIR)
  .filter((file) => file.endsWith('.asl.json'))
  .map((file) => ({ file, definition: JSON.parse(readFileSync(path.join(SEEDS_DIR, file), 'utf8')) as Record<string, unknown> }));

/** Both steps see their own copy: asl-validator's checks may write defaults into a definition. */
function bothAnswers(definition: unknown) {
  return {
    library: librarySchemaErrors(structuredClone(definition), OPTIONS),
    compiled: compiledSchemaErrors(structuredClone(definition)),
  };
}

const pass = (extra: Record<string, unknown>) => ({ StartAt: 'A', States: { A: { Type: 'Pass', End: true, ...extra } } });

describe('the compiled ASL schema step', () => {
  it('answers every seed workflow as asl-validator does, and the emulator accepts them', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(8);
    for (const { file, definition } of seeds) {
      const { library, compiled } = bothAnswers(definition);
      expect(compiled, file).toEqual(library);
      expect(validateDefinition(JSON.stringify(definition)), file).toEqual({ ok: true });
    }
  });

  it('reports the same errors, at the same places, for broken definitions', () => {
    const broken: unknown[] = [
      pass({ OutputPath: '$$$.x' }),
      pass({ ResultPath: 7 }),
      pass({ Next: 'B' }),
      { StartAt: 'A', States: { A: { Type: 'Task', End: true } } },
      { StartAt: 'A', States: { A: { Type: 'Wait', Seconds: 'ten', End: true } } },
      { StartAt: 'A', States: { A: { Type: 'Choice', Choices: [{ Variable: '$.x', Next: 'A' }] } } },
      { QueryLanguage: 'JSONata', StartAt: 'A', States: { A: { Type: 'Pass', Output: '{% $states.input. %}', End: true } } },
      { StartAt: 7, States: [] },
    ];
    for (const definition of broken) {
      const { library, compiled } = bothAnswers(definition);
      expect(library.length, JSON.stringify(definition)).toBeGreaterThan(0);
      expect(compiled, JSON.stringify(definition)).toEqual(library);
    }
  });

  it('agrees with asl-validator on random damage to a seed workflow', () => {
    const damage = fc.record({
      seed: fc.nat({ max: seeds.length - 1 }),
      state: fc.nat(),
      field: fc.constantFrom('InputPath', 'OutputPath', 'ResultPath', 'Next', 'End', 'Type', 'Parameters', 'Comment', 'Bogus'),
      value: fc.constantFrom<unknown>('$$$', '$.ok', 3, null, [], {}, true, '{% 1 + %}', 'Nowhere'),
    });
    fc.assert(
      fc.property(damage, ({ seed, state, field, value }) => {
        const definition = structuredClone(seeds[seed]?.definition ?? {});
        const states = definition.States as Record<string, Record<string, unknown>>;
        const names = Object.keys(states);
        const target = states[names[state % names.length] ?? ''];
        if (target) target[field] = value;
        const { library, compiled } = bothAnswers(definition);
        expect(compiled).toEqual(library);
      }),
      { numRuns: 10, seed: 20261204 },
    );
  });

  it('is what the emulator validates with', () => {
    expect(installCompiledAslSchemas()).toBe(true);
  });
});
