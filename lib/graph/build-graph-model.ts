import { STATE_TYPES, type StateType } from '@/lib/history/history-event-types';
import { GraphDefinitionError } from './graph-definition-error';
import type { GraphEdge, GraphEdgeKind, GraphModel, GraphNode } from './types';

export const START_NODE_ID = '__start__';
export const END_NODE_ID = '__end__';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStateType = (value: unknown): value is StateType => typeof value === 'string' && (STATE_TYPES as readonly string[]).includes(value);

/** The id of a state in a scope: the scope path joined with '/'. */
export const stateNodeId = (scope: string | undefined, name: string): string => (scope ? `${scope}/${name}` : name);

interface Builder {
  nodes: GraphNode[];
  edges: GraphEdge[];
  edgeIds: Set<string>;
}

function addEdge(builder: Builder, source: string, target: string, kind: GraphEdgeKind, label?: string) {
  const id = `${kind}:${source}->${target}`;
  if (builder.edgeIds.has(id)) return;
  builder.edgeIds.add(id);
  builder.edges.push({ id, source, target, kind, ...(label !== undefined && { label }) });
}

/** A Map's inner machine: `ItemProcessor` (current) or `Iterator` (older definitions). */
function mapProcessor(state: Json): Json | undefined {
  const processor = state.ItemProcessor ?? state.Iterator;
  return isObject(processor) ? processor : undefined;
}

/** Map and Parallel states nested deeper than this are refused: the scopes are read recursively. */
const MAX_SCOPE_DEPTH = 100;

function addScope(builder: Builder, machine: Json, scope: string | undefined, where: string, isRoot: boolean, depth = 0) {
  if (depth > MAX_SCOPE_DEPTH)
    throw new GraphDefinitionError(`${where}: Map and Parallel states nest deeper than ${MAX_SCOPE_DEPTH} levels`);
  const states = machine.States;
  if (!isObject(states)) throw new GraphDefinitionError(`${where}: expected a 'States' object`);
  const idOf = (name: string) => stateNodeId(scope, name);
  const known = new Set(Object.keys(states));
  const link = (source: string, target: unknown, kind: GraphEdgeKind, label?: string) => {
    if (typeof target === 'string' && known.has(target)) addEdge(builder, idOf(source), idOf(target), kind, label);
  };
  if (isRoot) {
    builder.nodes.push({ id: START_NODE_ID, name: 'Start', kind: 'Start', isGroup: false });
    if (typeof machine.StartAt === 'string' && known.has(machine.StartAt)) addEdge(builder, START_NODE_ID, idOf(machine.StartAt), 'start');
  }
  let reachesEnd = false;
  for (const [name, raw] of Object.entries(states)) {
    if (!isObject(raw)) throw new GraphDefinitionError(`${where}: state '${name}' is not an object`);
    if (!isStateType(raw.Type)) {
      // Not JSON.stringify of any value: a deeply nested one would overflow the stack.
      const type =
        typeof raw.Type === 'object' && raw.Type !== null ? (Array.isArray(raw.Type) ? 'an array' : 'an object') : JSON.stringify(raw.Type);
      throw new GraphDefinitionError(`${where}: state '${name}' has unknown Type ${type}`);
    }
    const id = idOf(name);
    const isGroup = raw.Type === 'Map' || raw.Type === 'Parallel';
    builder.nodes.push({ id, name, kind: raw.Type, isGroup, ...(scope && { parentId: scope }) });
    if (raw.Type === 'Map') {
      const processor = mapProcessor(raw);
      if (processor) addScope(builder, processor, id, `${where} > ${name}`, false, depth + 1);
    } else if (raw.Type === 'Parallel' && Array.isArray(raw.Branches)) {
      raw.Branches.forEach((branch, index) => {
        if (isObject(branch)) addScope(builder, branch, id, `${where} > ${name} branch ${index + 1}`, false, depth + 1);
      });
    }
    if (raw.Type === 'Choice') {
      if (Array.isArray(raw.Choices)) for (const rule of raw.Choices) if (isObject(rule)) link(name, rule.Next, 'choice');
      link(name, raw.Default, 'default', 'Default');
    } else {
      link(name, raw.Next, 'next');
    }
    if (Array.isArray(raw.Catch)) {
      for (const catcher of raw.Catch) {
        if (!isObject(catcher)) continue;
        const errors = Array.isArray(catcher.ErrorEquals) ? catcher.ErrorEquals.filter((e): e is string => typeof e === 'string') : [];
        link(name, catcher.Next, 'catch', errors.join(', ') || 'Catch');
      }
    }
    const ends = raw.End === true || raw.Type === 'Succeed';
    if (isRoot && ends) {
      reachesEnd = true;
      addEdge(builder, id, END_NODE_ID, 'end');
    }
  }
  if (isRoot && (reachesEnd || builder.edges.some((edge) => edge.target === END_NODE_ID))) {
    builder.nodes.push({ id: END_NODE_ID, name: 'End', kind: 'End', isGroup: false });
  }
}

/**
 * The graph of an Amazon States Language definition: every state (Map and Parallel as groups with
 * their inner states), and an edge for each Next, Choice rule, Default and Catch. Throws a
 * GraphDefinitionError naming what is wrong when the definition cannot be read.
 */
export function buildGraphModel(definition: string): GraphModel {
  let machine: unknown;
  try {
    machine = JSON.parse(definition) as unknown;
  } catch (error) {
    throw new GraphDefinitionError(`the definition is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isObject(machine)) throw new GraphDefinitionError('the definition is not a JSON object');
  const builder: Builder = { nodes: [], edges: [], edgeIds: new Set() };
  addScope(builder, machine, undefined, 'definition', true);
  return { nodes: builder.nodes, edges: builder.edges, source: 'definition' };
}
