import type { QueryLanguage } from '@/lib/view-model/processing-stages';

type Json = Record<string, unknown>;

export interface StateDefinition {
  /** The state's own ASL. */
  state: Json;
  /** A state of the machine's top level, which TestState can find by `stateName` in the whole definition. */
  topLevel: boolean;
  /** The state's own QueryLanguage, else the nearest enclosing one, else JSONPath (ASL's default). */
  queryLanguage: QueryLanguage;
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function languageOf(node: Json, inherited: QueryLanguage): QueryLanguage {
  return node.QueryLanguage === 'JSONata' || node.QueryLanguage === 'JSONPath' ? node.QueryLanguage : inherited;
}

/** A Map's ItemProcessor (or the older Iterator) and a Parallel's Branches: the nested state machines. */
function nestedMachines(state: Json): Json[] {
  const machines: Json[] = [];
  for (const key of ['ItemProcessor', 'Iterator']) if (isObject(state[key])) machines.push(state[key]);
  if (Array.isArray(state.Branches)) machines.push(...state.Branches.filter(isObject));
  return machines;
}

function search(machine: Json, name: string, inherited: QueryLanguage, topLevel: boolean): StateDefinition | undefined {
  const language = languageOf(machine, inherited);
  const states = isObject(machine.States) ? machine.States : {};
  const own = states[name];
  if (isObject(own)) return { state: own, topLevel, queryLanguage: languageOf(own, language) };
  for (const state of Object.values(states)) {
    if (!isObject(state)) continue;
    for (const nested of nestedMachines(state)) {
      const found = search(nested, name, languageOf(state, language), false);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Finds a state by name in a state machine definition (ASL text), nested Maps and Parallels
 * included; undefined when the text is not a definition or lacks the state.
 */
export function findStateDefinition(definition: string, name: string): StateDefinition | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(definition);
  } catch {
    return undefined;
  }
  return isObject(parsed) ? search(parsed, name, 'JSONPath', true) : undefined;
}

/** The Parallel's branch order: each branch's StartAt, so recorded branches can be put in definition order. */
export function branchStartsOf(state: Json): string[] {
  return Array.isArray(state.Branches) ? state.Branches.filter(isObject).map((branch) => String(branch.StartAt ?? '')) : [];
}
