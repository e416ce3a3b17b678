import { describe, expect, it } from 'vitest';
import { PARALLEL_LEVELS_PER_PASS, splitNestedParallels } from '@/lib/emulator/engine/split-nested-parallels';

type Json = Record<string, unknown>;

/** P1 holds P2 in its one branch, ... Pdepth holds a Pass state named `leaf`. */
function nestedParallels(depth: number, leaf = 'Leaf'): Json {
  let machine: Json = { StartAt: leaf, States: { [leaf]: { Type: 'Pass', End: true } } };
  for (let level = depth; level >= 1; level--) {
    machine = { StartAt: `P${level}`, States: { [`P${level}`]: { Type: 'Parallel', End: true, Branches: [machine] } } };
  }
  return machine;
}

/** JSON pointer of the first branch of P`depth` in nestedParallels. */
function branchPointer(depth: number): string {
  return Array.from({ length: depth }, (_, i) => `/States/P${i + 1}/Branches/0`).join('');
}

/** The state named `name` anywhere in the definition. */
function stateNamed(definition: unknown, name: string): Json | undefined {
  const stack: unknown[] = [definition];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || typeof item !== 'object') continue;
    const states = (item as Json).States;
    if (states !== null && typeof states === 'object' && name in states) return (states as Record<string, Json>)[name];
    stack.push(...Object.values(item));
  }
  return undefined;
}

const stub = (name: string) => ({ StartAt: name, States: { [name]: { Type: 'Succeed' } } });

describe('splitNestedParallels', () => {
  it('validates four levels of Parallel states in one pass', () => {
    expect(PARALLEL_LEVELS_PER_PASS).toBe(4);
    const definition = nestedParallels(4);
    const before = JSON.stringify(definition);
    const split = splitNestedParallels(definition);
    expect(split.cut).toEqual([]);
    expect(split.stateNames).toEqual(['P1', 'P2', 'P3', 'P4', 'Leaf']);
    expect(JSON.stringify(definition)).toBe(before);
  });

  it('cuts the branches of the fifth level out, leaving a one-state Succeed stub', () => {
    const definition = nestedParallels(5);
    const originalBranch = (stateNamed(definition, 'P5')?.Branches as Json[])[0];
    const split = splitNestedParallels(definition);
    expect(split.cut).toEqual([{ pointer: branchPointer(5), machine: { StartAt: 'Leaf', States: { Leaf: { Type: 'Pass', End: true } } } }]);
    expect(split.cut[0]?.machine).toBe(originalBranch);
    expect(stateNamed(definition, 'P5')?.Branches).toEqual([stub('statescope-stub-1')]);
    expect(split.stateNames).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'Leaf']);
  });

  it('starts counting again inside a cut branch: nine levels are cut at the fifth and the ninth', () => {
    const definition = nestedParallels(9);
    const split = splitNestedParallels(definition);
    expect(split.cut.map((c) => c.pointer)).toEqual([branchPointer(5), branchPointer(9)]);
    // The first cut branch carries the second cut's stub, not its states.
    expect(stateNamed(split.cut[0]?.machine, 'P9')?.Branches).toEqual([stub('statescope-stub-2')]);
    expect(split.cut[1]?.machine).toEqual({ StartAt: 'Leaf', States: { Leaf: { Type: 'Pass', End: true } } });
    expect(stateNamed(definition, 'P5')?.Branches).toEqual([stub('statescope-stub-1')]);
    expect(split.stateNames).toHaveLength(10);
  });

  it('cuts every branch of a deep Parallel and keeps non-object branches where they are', () => {
    const definition = nestedParallels(5);
    const p5 = stateNamed(definition, 'P5') as Json;
    const second = { StartAt: 'Other', States: { Other: { Type: 'Pass', End: true } } };
    p5.Branches = [...(p5.Branches as Json[]), second, 'not a branch'];
    const split = splitNestedParallels(definition);
    expect(split.cut.map((c) => c.pointer)).toEqual([branchPointer(5), `${branchPointer(4)}/States/P5/Branches/1`]);
    expect(split.cut[1]?.machine).toBe(second);
    expect(p5.Branches).toEqual([stub('statescope-stub-1'), stub('statescope-stub-2'), 'not a branch']);
  });

  it('does not count Map states as a level, but follows ItemProcessor and Iterator', () => {
    const inner = nestedParallels(4);
    const definition: Json = {
      StartAt: 'P0',
      States: {
        P0: {
          Type: 'Parallel',
          End: true,
          Branches: [{ StartAt: 'M', States: { M: { Type: 'Map', End: true, Iterator: inner } } }],
        },
      },
    };
    const split = splitNestedParallels(definition);
    expect(split.cut.map((c) => c.pointer)).toEqual([`/States/P0/Branches/0/States/M/Iterator${branchPointer(4)}`]);
    expect(split.stateNames).toEqual(['P0', 'M', 'P1', 'P2', 'P3', 'P4', 'Leaf']);
  });

  it('escapes state names in pointers', () => {
    const definition = nestedParallels(5);
    const states = definition.States as Json;
    definition.StartAt = 'a/b~';
    states['a/b~'] = states.P1;
    delete states.P1;
    expect(splitNestedParallels(definition).cut[0]?.pointer).toBe(branchPointer(5).replace('/States/P1/', '/States/a~1b~0/'));
  });

  it('lists every state name as often as it occurs, stubs excluded', () => {
    const definition: Json = {
      StartAt: 'P',
      States: {
        P: { Type: 'Parallel', Next: 'A', Branches: [{ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }] },
        A: { Type: 'Pass', End: true },
      },
    };
    expect(splitNestedParallels(definition).stateNames).toEqual(['P', 'A', 'A']);
  });

  it('hands out stub and spare names the definition does not use', () => {
    const definition = nestedParallels(5, 'statescope-stub-1');
    const split = splitNestedParallels(definition);
    expect(stateNamed(definition, 'P5')?.Branches).toEqual([stub('statescope-stub-2')]);
    expect(split.unusedName()).toBe('statescope-stub-3');
    expect(split.unusedName()).toBe('statescope-stub-4');
  });

  it('skips machines whose States is not an object', () => {
    expect(splitNestedParallels({ StartAt: 'A', States: 'nope' })).toMatchObject({ cut: [], stateNames: [] });
  });
});
