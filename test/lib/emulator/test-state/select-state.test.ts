import { describe, expect, it } from 'vitest';
import { selectState } from '@/lib/emulator/test-state/select-state';

const ok = () => ({ ok: true as const });
const machine = JSON.stringify({
  QueryLanguage: 'JSONata',
  StartAt: 'Each',
  States: {
    Each: { Type: 'Map', ItemProcessor: { StartAt: 'Inner', States: { Inner: { Type: 'Pass', End: true } } }, End: true },
  },
});

describe('selectState', () => {
  it('takes a single state, JSONPath unless it says otherwise, and checks it as the machine StateName', () => {
    const seen: string[] = [];
    const selected = selectState('{"Type":"Choice","Choices":[{"Next":"A"}],"Default":"B"}', undefined, (d) => {
      seen.push(d);
      return { ok: true };
    });
    expect([selected.type, selected.queryLanguage]).toEqual(['Choice', 'JSONPath']);
    const checked = JSON.parse(seen[0] ?? '{}') as { StartAt: string; States: Record<string, unknown> };
    expect(checked.StartAt).toBe('StateName');
    expect(Object.keys(checked.States).sort()).toEqual(['A', 'B', 'StateName']);
  });

  it('finds a state nested in a Map processor, inheriting the machine query language', () => {
    expect(selectState(machine, 'Inner', ok)).toMatchObject({ type: 'Pass', queryLanguage: 'JSONata' });
  });

  it('answers AWS errors: unknown state, bad JSON, an invalid Type named as AWS names it', () => {
    expect(() => selectState(machine, 'Nope', ok)).toThrow('State not found in definition');
    expect(() => selectState('{"Type":', undefined, ok)).toThrow(/Invalid State Machine Definition: 'INVALID_JSON_DESCRIPTION/);
    const invalid = () => ({
      ok: false as const,
      message: 'SCHEMA_VALIDATION_FAILED: must be equal to one of the allowed values at /States/X/Type',
    });
    expect(() => selectState(machine, 'Each', invalid)).toThrow(
      "SCHEMA_VALIDATION_FAILED: The field 'Type' should have one of these values: [Task, Wait, Pass, Succeed, Fail, Choice, Parallel, Map] at /States/X/Type",
    );
  });

  it('asks for stateName when the definition is a whole machine', () => {
    expect(() => selectState(machine, undefined, ok)).toThrow(/give stateName/);
  });
});
