import type { JsonObject, JsonValue } from '../../asl/json-value';
import type { MachineNode } from '../runtime';
import type { ChildRedrive, ThreadResume } from './redrive-plan';

/** One stored history event with its details member (undefined when the type has none). */
export interface RecordedEvent {
  id: number;
  previousEventId: number;
  type: string;
  details?: Record<string, unknown>;
}

interface Attempt {
  children: Map<number, Line>;
  /** Parallel: the branch index of the k-th branch that enters a state in this attempt. */
  branchOrder: number[];
  nextBranch: number;
  /** True for the first attempt of a state rerun by a redrive: its recorded children resume. */
  resumed: boolean;
  mapRunArn?: string;
}

interface Visit {
  name: string;
  type: string;
  input: string;
  line: Line;
  output?: string;
  assigned?: Record<string, string>;
  /** Replaced by the visit that reran it in a later redrive. */
  replaced: boolean;
  attempts: Attempt[];
  /** The last attempt of the visit this one replaced: its iterations or branches resume here. */
  carried?: Attempt;
}

interface Line {
  node: MachineNode;
  visits: Visit[];
  /** Set by a redrive: the next state entered on this line replaces its first unsuccessful visit. */
  resumeNext: boolean;
}

const newLine = (node: MachineNode): Line => ({ node, visits: [], resumeNext: false });

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

function branchesOf(state: JsonObject | undefined): MachineNode[] {
  return Array.isArray(state?.Branches) ? (state.Branches.filter(isObject) as unknown as MachineNode[]) : [];
}

function processorOf(state: JsonObject | undefined): MachineNode {
  const node = isObject(state?.ItemProcessor) ? state.ItemProcessor : state?.Iterator;
  return (isObject(node) ? node : { StartAt: '', States: {} }) as unknown as MachineNode;
}

function stateOf(line: Line, name: string): JsonObject | undefined {
  return line.node.States[name];
}

/** Index of the first visit that did not exit (the one a redrive reruns), or -1. */
function firstUnsuccessful(line: Line): number {
  return line.visits.findIndex((visit) => visit.output === undefined);
}

function endsLine(line: Line, visit: Visit): boolean {
  const state = stateOf(line, visit.name);
  return visit.type === 'Succeed' || state?.End === true;
}

function isSucceeded(line: Line): boolean {
  const last = line.visits.at(-1);
  return last !== undefined && firstUnsuccessful(line) === -1 && endsLine(line, last);
}

/**
 * Rebuilds the tree of state visits from a history (as the emulator wrote it, over any number of
 * earlier redrives) by following previousEventId links, as AWS's own history does: a state's entered
 * event points at the previous state's exit, at `MapIterationStarted`, at `ParallelStateStarted`, or
 * at 0 / `ExecutionRedriven` at the top; an exit belongs to the nearest open visit of that name.
 */
class HistoryTree {
  readonly root: Line;
  private readonly events = new Map<number, RecordedEvent>();
  private readonly visitByEntered = new Map<number, Visit>();
  private readonly lineByExited = new Map<number, Line>();
  private readonly attemptByStarted = new Map<number, { visit: Visit; attempt: Attempt }>();
  private readonly lineByIterationStarted = new Map<number, Line>();
  /** The Map visit of each MapIterationStarted: a walk back through earlier iterations stops there. */
  private readonly visitByIterationStarted = new Map<number, Visit>();

  constructor(definition: MachineNode) {
    this.root = newLine(definition);
  }

  add(event: RecordedEvent): void {
    this.events.set(event.id, event);
    const { type } = event;
    if (type === 'ExecutionRedriven') this.root.resumeNext = true;
    else if (type.endsWith('StateEntered')) this.enter(event, type.slice(0, -'StateEntered'.length));
    else if (type.endsWith('StateExited')) this.exit(event, type.slice(0, -'StateExited'.length));
    else if (type === 'MapStateStarted' || type === 'ParallelStateStarted')
      this.startAttempt(event, type === 'MapStateStarted' ? 'Map' : 'Parallel');
    else if (type === 'MapIterationStarted') this.startIteration(event);
    else if (type === 'MapRunStarted') {
      const started = this.attemptByStarted.get(event.previousEventId);
      const arn = event.details?.mapRunArn;
      if (started && typeof arn === 'string') started.attempt.mapRunArn = arn;
    }
  }

  private lineOfEntered(previousEventId: number): Line {
    const previous = this.events.get(previousEventId);
    if (!previous || previous.type === 'ExecutionRedriven') return this.root;
    const iteration = this.lineByIterationStarted.get(previousEventId);
    if (iteration) return iteration;
    const parallel = this.attemptByStarted.get(previousEventId);
    if (parallel && parallel.visit.type === 'Parallel') {
      const { visit, attempt } = parallel;
      const index = attempt.branchOrder[attempt.nextBranch++] ?? attempt.nextBranch - 1;
      let line = attempt.children.get(index);
      if (!line) {
        line = newLine(branchesOf(stateOf(visit.line, visit.name))[index] ?? { StartAt: '', States: {} });
        attempt.children.set(index, line);
      }
      return line;
    }
    return this.lineByExited.get(previousEventId) ?? this.root;
  }

  private enter(event: RecordedEvent, type: string): void {
    const line = this.lineOfEntered(event.previousEventId);
    const name = String(event.details?.name ?? '');
    const visit: Visit = { name, type, input: String(event.details?.input ?? 'null'), line, replaced: false, attempts: [] };
    if (line.resumeNext) {
      line.resumeNext = false;
      const index = resumeIndex(line, line === this.root);
      const old = index >= 0 ? line.visits[index] : undefined;
      if (old) {
        old.replaced = true;
        if (old.name === name) visit.carried = old.attempts.at(-1) ?? old.carried;
        line.visits.length = index;
      }
    }
    line.visits.push(visit);
    this.visitByEntered.set(event.id, visit);
  }

  /**
   * Walks back from `fromId` to the nearest visit still open (entered, not exited) that matches. An
   * iteration's or attempt's start names its Map or Parallel visit, so a Map whose iterations chain
   * one after another (MaxConcurrency) is found without walking through all of them.
   */
  private findOpen(fromId: number, matches: (visit: Visit) => boolean): Visit | undefined {
    let id = fromId;
    while (id > 0) {
      const visit = this.visitByEntered.get(id) ?? this.visitByIterationStarted.get(id) ?? this.attemptByStarted.get(id)?.visit;
      if (visit && visit.output === undefined && !visit.replaced && matches(visit)) return visit;
      const event = this.events.get(id);
      if (!event || event.previousEventId >= id) return undefined;
      id = event.previousEventId;
    }
    return undefined;
  }

  private exit(event: RecordedEvent, type: string): void {
    const name = String(event.details?.name ?? '');
    const visit = this.findOpen(event.previousEventId, (v) => v.name === name && v.type === type);
    if (!visit) return;
    visit.output = String(event.details?.output ?? 'null');
    const assigned = event.details?.assignedVariables;
    if (isObject(assigned)) visit.assigned = Object.fromEntries(Object.entries(assigned).map(([k, v]) => [k, String(v)]));
    this.lineByExited.set(event.id, visit.line);
  }

  private startAttempt(event: RecordedEvent, type: string): void {
    const visit = this.findOpen(event.previousEventId, (v) => v.type === type);
    if (!visit) return;
    const resumed = visit.attempts.length === 0 && visit.carried !== undefined;
    const children = resumed && visit.carried ? visit.carried.children : new Map<number, Line>();
    const count = type === 'Parallel' ? branchesOf(stateOf(visit.line, visit.name)).length : 0;
    const branchOrder = Array.from({ length: count }, (_, index) => index).filter((index) => {
      const line = children.get(index);
      return !(line && isSucceeded(line));
    });
    for (const line of children.values()) line.resumeNext = true;
    const attempt: Attempt = { children, branchOrder, nextBranch: 0, resumed };
    visit.attempts.push(attempt);
    this.attemptByStarted.set(event.id, { visit, attempt });
  }

  private startIteration(event: RecordedEvent): void {
    const name = String(event.details?.name ?? '');
    const index = Number(event.details?.index ?? -1);
    const visit = this.findOpen(event.previousEventId, (v) => v.type === 'Map' && v.name === name);
    const attempt = visit?.attempts.at(-1);
    if (!visit || !attempt) return;
    let line = attempt.resumed ? attempt.children.get(index) : undefined;
    if (!line) {
      line = newLine(processorOf(stateOf(visit.line, visit.name)));
      attempt.children.set(index, line);
    }
    this.lineByIterationStarted.set(event.id, line);
    this.visitByIterationStarted.set(event.id, visit);
  }
}

/** The visit a redrive reruns: the first that did not exit; at the top, the last one if all exited. */
function resumeIndex(line: Line, isRoot: boolean): number {
  const index = firstUnsuccessful(line);
  return index === -1 && isRoot ? line.visits.length - 1 : index;
}

function parseJson(text: string): JsonValue {
  return JSON.parse(text) as JsonValue;
}

function planLine(line: Line, isRoot: boolean): ChildRedrive | undefined {
  if (line.visits.length === 0) return undefined;
  if (!isRoot && isSucceeded(line)) return { output: parseJson(line.visits.at(-1)?.output ?? 'null') };
  const index = resumeIndex(line, isRoot);
  const visit = line.visits[index];
  // A line that stopped between two states (nothing open, not at its end) starts over.
  if (!visit) return undefined;
  const assigned: Record<string, JsonValue> = {};
  for (const done of line.visits.slice(0, index)) {
    for (const [key, text] of Object.entries(done.assigned ?? {})) assigned[key] = parseJson(text);
  }
  const attempt = visit.attempts.at(-1) ?? visit.carried;
  const children = new Map<number, ChildRedrive>();
  for (const [childIndex, child] of attempt?.children ?? []) {
    const plan = planLine(child, false);
    if (plan) children.set(childIndex, plan);
  }
  const resume: ThreadResume = { stateName: visit.name, input: parseJson(visit.input), assigned, children };
  if (attempt?.mapRunArn) resume.mapRunArn = attempt.mapRunArn;
  return { resume };
}

/**
 * Where a redrive of this execution resumes (AWS: "only unsuccessful states rerun"; a state is
 * unsuccessful when its entered event has no exited event, and inside an inline Map or a Parallel only
 * the iterations and branches that did not succeed rerun). Undefined when no state was ever entered.
 * `events` is the whole history in id order.
 */
export function buildRedrivePlan(definition: MachineNode, events: readonly RecordedEvent[]): ThreadResume | undefined {
  const tree = new HistoryTree(definition);
  for (const event of events) tree.add(event);
  const plan = planLine(tree.root, true);
  return plan && 'resume' in plan ? plan.resume : undefined;
}
