import { escapePointer } from './asl-validator-input';

type JsonObject = Record<string, unknown>;

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parallel states nested deeper than this are validated in a second pass. */
export const PARALLEL_LEVELS_PER_PASS = 4;

/** A branch cut out of the definition: where it was, and the branch itself. */
export interface CutBranch {
  pointer: string;
  machine: JsonObject;
}

export interface SplitDefinition {
  /** The branches of Parallel states nested too deeply, each with its own deep branches cut out in turn. */
  cut: CutBranch[];
  /** Every state name of the definition, as often as it occurs (stubs excluded). */
  stateNames: string[];
  /** A state name the definition does not use. */
  unusedName(): string;
}

/**
 * asl-validator matches a Parallel state against two schemas (JSONPath and JSONata), and each checks the
 * branches in full, so its time doubles with every level of nesting: 25 nested Parallel states took over
 * two minutes of CPU, during which the emulator answered nothing. This cuts the branches of Parallel
 * states nested more than PARALLEL_LEVELS_PER_PASS deep out of the definition (in place), leaving a
 * one-state stub in each; the cut branches are validated in a second pass, side by side.
 */
export function splitNestedParallels(definition: JsonObject): SplitDefinition {
  const stateNames: string[] = [];
  const machines: Array<{ machine: JsonObject; pointer: string; level: number }> = [{ machine: definition, pointer: '', level: 0 }];
  const toCut: Array<{ parallel: JsonObject; pointer: string }> = [];
  // for-of also visits the machines pushed while walking.
  for (const { machine, pointer, level } of machines) {
    if (!isJsonObject(machine.States)) continue;
    for (const [name, state] of Object.entries(machine.States)) {
      stateNames.push(name);
      if (!isJsonObject(state)) continue;
      const statePointer = `${pointer}/States/${escapePointer(name)}`;
      if (state.Type === 'Parallel' && Array.isArray(state.Branches)) {
        // A cut branch starts a new count: it is validated as a branch of one wrapping Parallel state.
        const cutHere = level + 1 > PARALLEL_LEVELS_PER_PASS;
        if (cutHere) toCut.push({ parallel: state, pointer: statePointer });
        state.Branches.forEach((branch, b) => {
          if (isJsonObject(branch))
            machines.push({ machine: branch, pointer: `${statePointer}/Branches/${b}`, level: cutHere ? 1 : level + 1 });
        });
      }
      if (state.Type === 'Map') {
        for (const field of ['ItemProcessor', 'Iterator']) {
          const processor = state[field];
          if (isJsonObject(processor)) machines.push({ machine: processor, pointer: `${statePointer}/${field}`, level });
        }
      }
    }
  }

  const used = new Set(stateNames);
  let counter = 0;
  const unusedName = (): string => {
    let name: string;
    do name = `statescope-stub-${++counter}`;
    while (used.has(name));
    used.add(name);
    return name;
  };
  const cut: CutBranch[] = [];
  for (const { parallel, pointer } of toCut) {
    const branches = parallel.Branches as unknown[];
    branches.forEach((branch, b) => {
      if (isJsonObject(branch)) cut.push({ pointer: `${pointer}/Branches/${b}`, machine: branch });
    });
    parallel.Branches = branches.map((branch) => {
      if (!isJsonObject(branch)) return branch;
      const stub = unusedName();
      return { StartAt: stub, States: { [stub]: { Type: 'Succeed' } } };
    });
  }
  return { cut, stateNames, unusedName };
}
