import type { AttemptView, ExecutionView, GroupView, VisitView } from './types';

/**
 * The execution view as the server sends it to the browser: without the visits' payloads (the
 * inspector asks for the selected visit's on demand) and with the visit tree in positional arrays,
 * repeated strings (state names, types, statuses, errors) listed once and times as offsets from the
 * execution's start. A Map of 3,400 iterations is ~110 bytes an iteration instead of ~650.
 */
export interface PackedExecutionView {
  /** Everything but the visits, as it is. */
  head: Omit<ExecutionView, 'visits'>;
  /** Epoch ms that every packed time is an offset from. */
  originMs: number;
  strings: string[];
  visits: PackedVisit[];
  /** Some groups' visits are left out (withhold-group-visits.ts): the whole view is fetched after the page. */
  partial?: true;
}

type Time = number | null;
type Str = number | null;
/**
 * [number, status, start, end, duration, backoff?, error?, cause?, groups?]: fields rarely set come
 * last, and trailing nulls are left off (read back as null).
 */
type PackedAttempt = [number, number, Time?, Time?, Time?, Time?, Str?, Str?, (AttemptView['groups'] | null)?];
/** [index, run, kind, status, start, end, duration, visits] */
export type PackedGroup = [number, number, number, number, Time, Time, Time, PackedVisit[]];
/** [id, name, type, status, start, end, duration, attempts, eventIds, groups?, error?, cause?, caught?, withheldGroups?: [groups, visits]] */
export type PackedVisit = [
  number,
  number,
  number,
  number,
  Time,
  Time,
  Time,
  PackedAttempt[],
  number[],
  (PackedGroup[] | null)?,
  Str?,
  Str?,
  ([Str, Str] | null)?,
  ([number, number] | null)?,
];

/**
 * Event ids with each run of consecutive ids as its first id and minus how many follow it
 * ([2, 3, 4, 5, 9] → [2, -3, 9]): a Map's own events are thousands of consecutive ids.
 */
export function packEventIds(ids: readonly number[]): number[] {
  const packed: number[] = [];
  for (let i = 0; i < ids.length;) {
    const first = ids[i] ?? 0;
    let run = 0;
    while (ids[i + run + 1] === first + run + 1) run++;
    packed.push(first);
    if (run > 1) packed.push(-run);
    else if (run === 1) packed.push(first + 1);
    i += run + 1;
  }
  return packed;
}

export function unpackEventIds(packed: readonly number[]): number[] {
  const ids: number[] = [];
  for (const value of packed) {
    if (value >= 0) ids.push(value);
    else for (let last = ids.at(-1) ?? 0, n = 1; n <= -value; n++) ids.push(last + n);
  }
  return ids;
}

/** Leaves off trailing nulls (the optional fields at the end of a packed tuple). */
function trimNulls<T extends unknown[]>(tuple: T): T {
  let end = tuple.length;
  while (end > 0 && tuple[end - 1] === null) end--;
  tuple.length = end;
  return tuple;
}

/** Drops the visits' input, output and parameters and packs the rest (unpackExecutionView undoes it). */
export function packExecutionView(view: ExecutionView): PackedExecutionView {
  const { visits, ...head } = view;
  const originMs = view.startMs ?? 0;
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const str = (text: string): number => {
    let id = ids.get(text);
    if (id === undefined) ids.set(text, (id = strings.push(text) - 1));
    return id;
  };
  const optional = (text: string | null | undefined): Str => (text === null || text === undefined ? null : str(text));
  const time = (ms: number | null): Time => (ms === null ? null : ms - originMs);
  const attempt = (a: AttemptView): PackedAttempt =>
    trimNulls<PackedAttempt>([
      a.number,
      str(a.status),
      time(a.startMs),
      time(a.endMs),
      a.durationMs,
      a.backoffMs,
      optional(a.error),
      optional(a.cause),
      a.groups ?? null,
    ]);
  const group = (g: GroupView): PackedGroup => [
    g.index,
    g.run,
    str(g.kind),
    str(g.status),
    time(g.startMs),
    time(g.endMs),
    g.durationMs,
    g.visits.map(visit),
  ];
  const visit = (v: VisitView): PackedVisit =>
    trimNulls<PackedVisit>([
      v.id,
      str(v.name),
      str(v.type),
      str(v.status),
      time(v.startMs),
      time(v.endMs),
      v.durationMs,
      v.attempts.map(attempt),
      packEventIds(v.eventIds),
      v.groups.length > 0 ? v.groups.map(group) : null,
      optional(v.error),
      optional(v.cause),
      v.caught ? [optional(v.caught.error), optional(v.caught.next)] : null,
      v.withheldGroups ? [v.withheldGroups.groups, v.withheldGroups.visits] : null,
    ]);
  return { head, originMs, strings, visits: visits.map(visit) };
}

/** The view packExecutionView packed, its visits without payloads. */
export function unpackExecutionView(packed: PackedExecutionView): ExecutionView {
  const { strings, originMs } = packed;
  const str = (id: number): string => strings[id] ?? '';
  const nullable = (id: Str | undefined): string | null => (id === null || id === undefined ? null : str(id));
  const time = (offset: Time | undefined): number | null => (offset === null || offset === undefined ? null : offset + originMs);
  const attempt = ([number, status, start, end, duration, backoff, error, cause, groups]: PackedAttempt): AttemptView => {
    const view: AttemptView = {
      number,
      status: str(status) as AttemptView['status'],
      startMs: time(start),
      endMs: time(end),
      durationMs: duration ?? null,
      backoffMs: backoff ?? null,
    };
    if (error !== null && error !== undefined) view.error = str(error);
    if (cause !== null && cause !== undefined) view.cause = str(cause);
    if (groups) view.groups = groups;
    return view;
  };
  const group = (ownerId: number, [index, run, kind, status, start, end, duration, visits]: PackedGroup): GroupView => ({
    key: `${ownerId}:${run}:${index}`,
    kind: str(kind) as GroupView['kind'],
    index,
    run,
    status: str(status) as GroupView['status'],
    startMs: time(start),
    endMs: time(end),
    durationMs: duration,
    visits: visits.map(visit),
  });
  function visit(packedVisit: PackedVisit): VisitView {
    const [id, name, type, status, start, end, duration, attempts, eventIds, groups, error, cause, caught, withheldGroups] = packedVisit;
    const view: VisitView = {
      id,
      name: str(name),
      type: str(type) as VisitView['type'],
      status: str(status) as VisitView['status'],
      startMs: time(start),
      endMs: time(end),
      durationMs: duration,
      error: nullable(error),
      cause: nullable(cause),
      caught: caught ? { error: nullable(caught[0]), next: nullable(caught[1]) } : null,
      attempts: attempts.map(attempt),
      groups: groups ? groups.map((g) => group(id, g)) : [],
      eventIds: unpackEventIds(eventIds),
    };
    if (withheldGroups) view.withheldGroups = { groups: withheldGroups[0], visits: withheldGroups[1] };
    return view;
  }
  return { ...packed.head, visits: packed.visits.map(visit) };
}
