import fc from 'fast-check';

/**
 * Synthetic histories for property tests: a random state-machine run (Pass, Wait, Task with retries,
 * Catch, Map, Parallel, Fail) written out as AWS writes it, with concurrent Map iterations and
 * Parallel branches interleaved at random. Each generator returns raw SDK-shaped events plus what
 * the generator knows about them, so a different source (emulator-generated histories) can be
 * plugged into the same properties by adding an entry to `HISTORY_GENERATORS`.
 */
export interface GeneratedHistory {
  /** Raw events, as GetExecutionHistory returns them (ids ascending). */
  events: RawEvent[];
  /**
   * For each `*StateEntered` event id, the entered event id of the Map or Parallel visit it ran
   * inside (0 at the top level), when the generator knows it; omitted for sources that do not.
   */
  containerOf?: Map<number, number>;
}

export interface RawEvent {
  id: number;
  previousEventId: number;
  type: string;
  timestamp: Date;
  [detailsKey: `${string}EventDetails`]: Record<string, unknown> | undefined;
}

export interface HistoryGenerator {
  name: string;
  arbitrary: fc.Arbitrary<GeneratedHistory>;
}

type Step =
  | { kind: 'Pass' | 'Wait' | 'Choice' }
  | { kind: 'Task'; failures: number; outcome: 'succeed' | 'catch' | 'fail' }
  | { kind: 'Fail' }
  | { kind: 'Map'; iterations: Step[][]; catches: boolean }
  | { kind: 'Parallel'; branches: Step[][]; catches: boolean };

const stepArbitrary: fc.Arbitrary<Step[]> = fc.letrec<{ steps: Step[]; step: Step }>((tie) => ({
  steps: fc.array(tie('step'), { minLength: 1, maxLength: 4 }),
  step: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constantFrom('Pass' as const, 'Wait' as const, 'Choice' as const) }),
    fc.record({
      kind: fc.constant('Task' as const),
      failures: fc.integer({ min: 0, max: 3 }),
      outcome: fc.constantFrom('succeed' as const, 'succeed' as const, 'catch' as const, 'fail' as const),
    }),
    fc.record({ kind: fc.constant('Fail' as const) }),
    fc.record({
      kind: fc.constant('Map' as const),
      iterations: fc.array(tie('steps'), { minLength: 1, maxLength: 3 }),
      catches: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('Parallel' as const),
      branches: fc.array(tie('steps'), { minLength: 1, maxLength: 3 }),
      catches: fc.boolean(),
    }),
  ),
})).steps;

/** A small deterministic PRNG, so one fast-check seed gives one interleaving. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Outcome {
  last: number;
  failed: boolean;
}

/** Writes a run of `program` as history events; `cut` keeps only the first events (a running execution). */
export function emitHistory(program: Step[], seed: number, cut?: number): GeneratedHistory {
  const random = mulberry32(seed);
  const events: RawEvent[] = [];
  const containerOf = new Map<number, number>();
  const start = Date.UTC(2026, 2, 10, 9);
  let names = 0;

  const emit = (type: string, prev: number, details?: Record<string, unknown>): number => {
    const id = events.length + 1;
    const event: RawEvent = { id, previousEventId: prev, type, timestamp: new Date(start + id * 37) };
    if (details) {
      const key = type.endsWith('StateEntered')
        ? 'stateEnteredEventDetails'
        : type.endsWith('StateExited')
          ? 'stateExitedEventDetails'
          : `${type[0]!.toLowerCase()}${type.slice(1)}EventDetails`;
      event[key as `${string}EventDetails`] = details;
    }
    events.push(event);
    return id;
  };
  const task = { resourceType: 'lambda', resource: 'invoke' };

  function* interleave(
    children: Generator<void, Outcome, void>[],
  ): Generator<void, { outcomes: (Outcome | undefined)[]; lastId: number; failed?: Outcome }, void> {
    const outcomes: (Outcome | undefined)[] = children.map(() => undefined);
    let lastId = 0;
    const live = children.map((_, i) => i);
    while (live.length) {
      const pick = Math.floor(random() * live.length);
      const i = live[pick]!;
      const r = children[i]!.next();
      if (r.done) {
        outcomes[i] = r.value;
        lastId = r.value.last;
        live.splice(pick, 1);
        // A failed child fails the whole state: the others stop where they are.
        if (r.value.failed) return { outcomes, lastId, failed: r.value };
      } else {
        yield;
      }
    }
    return { outcomes, lastId };
  }

  function* runSteps(steps: Step[], firstPrev: number, container: number): Generator<void, Outcome, void> {
    let prev = firstPrev;
    for (const step of steps) {
      const name = `${step.kind}${++names}`;
      const input = { n: names };
      const entered = emit(`${step.kind}StateEntered`, prev, { name, input: JSON.stringify(input) });
      containerOf.set(entered, container);
      yield;
      switch (step.kind) {
        case 'Pass':
        case 'Wait':
        case 'Choice':
          prev = emit(`${step.kind}StateExited`, entered, { name, output: JSON.stringify(input) });
          yield;
          break;
        case 'Fail':
          return { last: entered, failed: true };
        case 'Task': {
          let p = entered;
          const failures = step.outcome === 'succeed' ? step.failures : Math.max(1, step.failures);
          for (let i = 0; i < failures; i++) {
            p = emit('TaskScheduled', p, { ...task, region: 'eu-west-1', parameters: '{"a":1}' });
            yield;
            p = emit('TaskStarted', p, task);
            yield;
            p = emit('TaskFailed', p, { ...task, error: 'Boom', cause: '{"errorMessage":"boom"}' });
            yield;
          }
          if (step.outcome === 'succeed') {
            p = emit('TaskScheduled', p, { ...task, region: 'eu-west-1', parameters: '{"a":1}' });
            yield;
            p = emit('TaskStarted', p, task);
            yield;
            p = emit('TaskSucceeded', p, { ...task, output: '{"ok":true}' });
            yield;
          } else if (step.outcome === 'fail') {
            return { last: p, failed: true };
          }
          prev = emit('TaskStateExited', p, { name, output: '{"ok":true}' });
          yield;
          break;
        }
        case 'Map':
        case 'Parallel': {
          const isMap = step.kind === 'Map';
          const startedId = isMap
            ? emit('MapStateStarted', entered, { length: step.iterations.length })
            : emit('ParallelStateStarted', entered);
          yield;
          const children = (isMap ? step.iterations : step.branches).map((childSteps, index) =>
            (function* (): Generator<void, Outcome, void> {
              let first = startedId;
              if (isMap) {
                first = emit('MapIterationStarted', startedId, { index, name });
                yield;
              }
              const r = yield* runSteps(childSteps, first, entered);
              if (!isMap) return r;
              const end = emit(r.failed ? 'MapIterationFailed' : 'MapIterationSucceeded', r.last, { index, name });
              yield;
              return { last: r.failed ? r.last : end, failed: r.failed };
            })(),
          );
          const result = yield* interleave(children);
          if (result.failed) {
            const failedId = emit(isMap ? 'MapStateFailed' : 'ParallelStateFailed', result.failed.last);
            yield;
            if (!step.catches) return { last: failedId, failed: true };
            prev = emit(`${step.kind}StateExited`, failedId, { name, output: '{"Error":"Boom","Cause":"boom"}' });
          } else {
            const done = emit(isMap ? 'MapStateSucceeded' : 'ParallelStateSucceeded', result.lastId);
            yield;
            prev = emit(`${step.kind}StateExited`, done, { name, output: '[]' });
          }
          yield;
          break;
        }
      }
    }
    return { last: prev, failed: false };
  }

  emit('ExecutionStarted', 0, { input: '{}', roleArn: 'arn:aws:iam::123456789012:role/r' });
  const run = runSteps(program, 0, 0);
  let r = run.next();
  while (!r.done) r = run.next();
  if (r.value.failed) emit('ExecutionFailed', r.value.last, { error: 'Boom', cause: 'boom' });
  else emit('ExecutionSucceeded', r.value.last, { output: '{}' });

  if (cut !== undefined && cut < events.length) {
    const kept = events.slice(0, Math.max(1, cut));
    const keptIds = new Set(kept.map((e) => e.id));
    for (const id of [...containerOf.keys()]) if (!keptIds.has(id)) containerOf.delete(id);
    return { events: kept, containerOf };
  }
  return { events, containerOf };
}

export const syntheticHistory: fc.Arbitrary<GeneratedHistory> = fc
  .record({
    program: stepArbitrary,
    seed: fc.integer(),
    cut: fc.option(fc.integer({ min: 1, max: 200 }), { freq: 4 }),
  })
  .map(({ program, seed, cut }) => emitHistory(program, seed, cut ?? undefined));

/**
 * Every source of histories the properties run on. Emulator-generated histories (added later) go
 * here as another entry; `containerOf` is optional for sources that do not know the nesting.
 */
export const HISTORY_GENERATORS: HistoryGenerator[] = [{ name: 'synthetic runs', arbitrary: syntheticHistory }];
