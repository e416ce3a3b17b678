import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  ChildExecutionStart,
  MapRunHost,
  MapRunLimits,
  MapRunRecorder,
  MapRunStart,
  ObjectStore,
  PreviousChild,
} from '@/lib/emulator/engine/map-run-host';
import type { EmulatorHistoryEvent, ExecutionOutcome } from '@/lib/emulator/engine/types';
import { LocalS3 } from '@/lib/emulator/map-runs/local-s3';
import { chainOf, detailsOf, runDefinition } from '../../../../support/emulator-engine/run-definition';

const distributed = (fields: Record<string, unknown>, inner: Record<string, unknown> = { Type: 'Pass', End: true }) => ({
  StartAt: 'M',
  States: {
    M: {
      Type: 'Map',
      ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'I', States: { I: inner } },
      End: true,
      ...fields,
    },
  },
});

describe('Distributed Map state', () => {
  it('writes MapRunStarted/MapRunSucceeded instead of the iterations’ events', async () => {
    const run = await runDefinition(distributed({ ItemsPath: '$.items' }), { input: { items: [1, 2] } });
    expect(chainOf(run.events)).toEqual([
      [1, 0, 'ExecutionStarted'],
      [2, 0, 'MapStateEntered'],
      [3, 2, 'MapStateStarted'],
      [4, 3, 'MapRunStarted'],
      [5, 4, 'MapRunSucceeded'],
      [6, 5, 'MapStateSucceeded'],
      [7, 5, 'MapStateExited'],
      [8, 7, 'ExecutionSucceeded'],
    ]);
    expect(String(detailsOf(run.events[3]).mapRunArn)).toMatch(
      /^arn:aws:states:us-east-1:123456789012:mapRun:TestMachine\/[0-9a-f-]{36}:[0-9a-f-]{36}$/,
    );
    expect(run.outcome.output).toBe('[1,2]');
  });

  it('fails with States.Runtime after MapStateStarted for a negative ToleratedFailureCountPath, without MapStateFailed', async () => {
    const run = await runDefinition(distributed({ ToleratedFailureCountPath: '$.n' }), { input: [0], timeScale: 0 });
    expect(run.types).toEqual(['ExecutionStarted', 'MapStateEntered', 'MapStateStarted', 'ExecutionFailed']);
    const bad = await runDefinition(distributed({ ItemsPath: '$.items', ToleratedFailureCountPath: '$.n' }), {
      input: { items: [0], n: -1 },
    });
    expect(bad.outcome.cause).toMatch(/ToleratedFailureCount cannot be negative\.$/);
  });

  it('writes MapRunFailed and MapStateFailed when more items fail than tolerated', async () => {
    const run = await runDefinition(distributed({ ToleratedFailureCount: 0 }, { Type: 'Fail', Error: 'E' }), { input: [1] });
    expect(run.types.slice(-3)).toEqual(['MapRunFailed', 'MapStateFailed', 'ExecutionFailed']);
    expect(run.outcome.error).toBe('States.ExceedToleratedFailureThreshold');
  });

  it('puts tolerated failures into the results as error objects', async () => {
    const run = await runDefinition(distributed({ ToleratedFailurePercentage: 100 }, { Type: 'Fail', Error: 'E', Cause: 'C' }), {
      input: [1, 2],
    });
    expect(run.outcome.status).toBe('SUCCEEDED');
    expect(JSON.parse(String(run.outcome.output))).toEqual([
      { Error: 'E', Cause: 'C' },
      { Error: 'E', Cause: 'C' },
    ]);
  });
});

interface RecordedChild {
  start: ChildExecutionStart;
  events: EmulatorHistoryEvent[];
  outcome?: ExecutionOutcome;
}

/** A MapRunHost that keeps what the engine reports, as the server's MapRunService stores it. */
function recordingHost(objects?: ObjectStore) {
  const runs: Array<{
    start: MapRunStart;
    children: RecordedChild[];
    end?: { status: string; resultsWritten: number };
    limits: MapRunLimits;
    update: (l: Partial<MapRunLimits>) => void;
  }> = [];
  const host: MapRunHost = {
    objects,
    startMapRun(start) {
      const listeners: Array<() => void> = [];
      const limits = { ...start.limits };
      const run = {
        start,
        children: [] as RecordedChild[],
        end: undefined as { status: string; resultsWritten: number } | undefined,
        limits,
        update: (l: Partial<MapRunLimits>) => {
          Object.assign(limits, l);
          listeners.forEach((listener) => listener());
        },
      };
      runs.push(run);
      return {
        limits,
        onLimitsChanged: (listener) => listeners.push(listener),
        childStarted(child) {
          const recorded: RecordedChild = { start: child, events: [] };
          run.children.push(recorded);
          return (event) => recorded.events.push(event);
        },
        childEnded(arn, outcome) {
          const child = run.children.find((c) => c.start.executionArn === arn);
          if (child) child.outcome = outcome;
        },
        childRedriven: () => undefined,
        childReplaced: () => {},
        ended(status, _stop, resultsWritten) {
          run.end = { status, resultsWritten };
        },
      };
    },
  };
  return { host, runs };
}

describe('Distributed Map children', () => {
  it('gives each child ExecutionStarted … ExecutionSucceeded and reports tolerated failures per item', async () => {
    const { host, runs } = recordingHost();
    const processor = {
      StartAt: 'Check',
      States: {
        Check: { Type: 'Choice', Choices: [{ Variable: '$', NumericEquals: 2, Next: 'Bad' }], Default: 'Ok' },
        Bad: { Type: 'Fail', Error: 'Item.Bad', Cause: 'two' },
        Ok: { Type: 'Pass', End: true },
      },
    };
    const definition = {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          Label: 'L',
          ToleratedFailureCount: 1,
          ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, ...processor },
          End: true,
        },
      },
    };
    const run = await runDefinition(definition, { input: [1, 2, 3], mapRuns: host });
    expect(run.outcome.status).toBe('SUCCEEDED');
    expect(JSON.parse(String(run.outcome.output))).toEqual([1, { Error: 'Item.Bad', Cause: 'two' }, 3]);
    const children = runs[0]?.children ?? [];
    expect(children.map((c) => c.outcome?.status)).toEqual(['SUCCEEDED', 'FAILED', 'SUCCEEDED']);
    expect(children[0]?.start.executionArn).toMatch(/^arn:aws:states:us-east-1:123456789012:execution:TestMachine\/L:[0-9a-f-]{36}$/);
    expect(children[0]?.events.map((e) => e.type)).toEqual([
      'ExecutionStarted',
      'ChoiceStateEntered',
      'ChoiceStateExited',
      'PassStateEntered',
      'PassStateExited',
      'ExecutionSucceeded',
    ]);
    expect(children[1]?.events.at(-1)?.type).toBe('ExecutionFailed');
    expect(runs[0]?.end?.status).toBe('SUCCEEDED');
  });

  it('batches items with ItemBatcher: MaxItemsPerBatch and BatchInput', async () => {
    const { host, runs } = recordingHost();
    const run = await runDefinition(
      distributed({ ItemBatcher: { MaxItemsPerBatch: 2, BatchInput: { 'job.$': '$.job' } }, ItemsPath: '$.items' }),
      { input: { job: 'j', items: [1, 2, 3, 4, 5] }, mapRuns: host },
    );
    expect(JSON.parse(String(run.outcome.output))).toEqual([
      { BatchInput: { job: 'j' }, Items: [1, 2] },
      { BatchInput: { job: 'j' }, Items: [3, 4] },
      { BatchInput: { job: 'j' }, Items: [5] },
    ]);
    expect(runs[0]?.start).toMatchObject({ itemTotal: 5, executionTotal: 3 });
    expect(runs[0]?.children.map((c) => c.start.itemCount)).toEqual([2, 2, 1]);
  });

  it('starts more children when UpdateMapRun raises MaxConcurrency while the run waits', async () => {
    const { host, runs } = recordingHost();
    let resolveFirst: () => void = () => {};
    const first = new Promise<void>((resolve) => (resolveFirst = resolve));
    const pending = runDefinition(
      distributed({ MaxConcurrency: 1 }, { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:f', End: true }),
      {
        input: [1, 2, 3],
        mapRuns: host,
        invoke: async ({ payload }) => {
          if (payload === 1) await first;
          return payload;
        },
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(runs[0]?.children).toHaveLength(1);
    runs[0]?.update({ maxConcurrency: 0 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(runs[0]?.children).toHaveLength(3);
    resolveFirst();
    expect((await pending).outcome.output).toBe('[1,2,3]');
  });

  it('reads items with an ItemReader from the local S3 stand-in and writes a ResultWriter manifest', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'statescope-s3-'));
    const s3 = new LocalS3(root);
    s3.write('in', 'rows.csv', 'id,name\n1,"a, b"\n2,c\n');
    const { host, runs } = recordingHost(s3);
    const definition = distributed({
      ItemReader: {
        Resource: 'arn:aws:states:::s3:getObject',
        ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW' },
        Parameters: { Bucket: 'in', 'Key.$': '$.key' },
      },
      ResultWriter: { Resource: 'arn:aws:states:::s3:putObject', Parameters: { Bucket: 'out', Prefix: 'runs' } },
    });
    const run = await runDefinition(definition, { input: { key: 'rows.csv' }, mapRuns: host });
    expect(detailsOf(run.events.find((e) => e.type === 'MapStateStarted'))).toEqual({ length: 0 });
    const output = JSON.parse(String(run.outcome.output)) as { MapRunArn: string; ResultWriterDetails: { Bucket: string; Key: string } };
    const runId = output.MapRunArn.split(':').at(-1);
    expect(output.ResultWriterDetails).toEqual({ Bucket: 'out', Key: `runs/${runId}/manifest.json` });
    const manifest = JSON.parse(s3.read('out', output.ResultWriterDetails.Key)) as { ResultFiles: Record<string, Array<{ Key: string }>> };
    const succeeded = JSON.parse(s3.read('out', manifest.ResultFiles.SUCCEEDED?.[0]?.Key ?? '')) as Array<{
      Output: string;
      Status: string;
    }>;
    expect(succeeded.map((r) => JSON.parse(r.Output))).toEqual([
      { id: '1', name: 'a, b' },
      { id: '2', name: 'c' },
    ]);
    expect(runs[0]?.end).toEqual({ status: 'SUCCEEDED', resultsWritten: 2 });

    const missing = await runDefinition(definition, { input: { key: 'nope.csv' }, mapRuns: host });
    expect(missing.outcome.error).toBe('States.ItemReaderFailed');
    expect(missing.outcome.cause).toContain(
      `The object s3://in/nope.csv does not exist: the emulator reads it from ${path.join(root, 'in', 'nope.csv')}`,
    );
  });
});

const MAP_RUN_ARN = 'arn:aws:states:us-east-1:123456789012:mapRun:TestMachine/L:run-1';

/** A host whose Map Run L was left by an earlier attempt with `children`; records what the redrive does. */
function redriveHost(children: PreviousChild[], reopen: boolean) {
  const log: string[] = [];
  const childEvents = new Map<string, EmulatorHistoryEvent[]>();
  const recorder: MapRunRecorder = {
    limits: { maxConcurrency: 1, toleratedFailureCount: 0, toleratedFailurePercentage: 0, toleranceUpdated: false },
    onLimitsChanged: () => {},
    childStarted(child) {
      log.push(`started ${child.index} ${child.input}`);
      const events: EmulatorHistoryEvent[] = [];
      childEvents.set(child.executionArn, events);
      return (event) => events.push(event);
    },
    childRedriven(arn) {
      log.push(`redriven ${arn}`);
      if (!reopen) return undefined;
      const events: EmulatorHistoryEvent[] = [];
      childEvents.set(arn, events);
      return { onEvent: (event) => events.push(event), redrive: { lastEventId: 5, redriveCount: 1 } };
    },
    childReplaced: (arn) => log.push(`replaced ${arn}`),
    childEnded: (arn, outcome) => log.push(`ended ${arn.split(':').at(-1)} ${outcome.status}`),
    ended: (status) => log.push(`run ${status}`),
  };
  const host: MapRunHost = {
    startMapRun: () => {
      throw new Error('a redrive must not start a new Map Run');
    },
    redriveMapRun: (arn) => (arn === MAP_RUN_ARN ? { recorder, label: 'L', redriveCount: 2, children } : undefined),
  };
  return { host, log, childEvents };
}

const previousChild = (index: number, status: PreviousChild['status'], type: PreviousChild['type'], output?: string): PreviousChild => ({
  executionArn: `arn:aws:states:us-east-1:123456789012:execution:TestMachine/L:child-${index}`,
  name: `child-${index}`,
  input: String(index * 10),
  itemCount: 1,
  startDate: new Date(0),
  type,
  index,
  status,
  ...(status === 'SUCCEEDED' ? { output } : { error: 'Item.Bad', cause: 'bad' }),
});

describe('Distributed Map redrive', () => {
  const mapDefinition = (type: 'STANDARD' | 'EXPRESS') => ({
    StartAt: 'M',
    States: {
      M: {
        Type: 'Map',
        Label: 'L',
        ItemProcessor: {
          ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: type },
          StartAt: 'I',
          States: { I: { Type: 'Pass', End: true } },
        },
        End: true,
      },
    },
  });
  const redriveAt = {
    lastEventId: 9,
    redriveCount: 1,
    resume: { stateName: 'M', input: [0, 10, 20], assigned: {}, children: new Map(), mapRunArn: MAP_RUN_ARN },
  };

  it('redrives the same Map Run: keeps succeeded children, restarts failed Express ones, starts the unstarted items', async () => {
    const { host, log } = redriveHost([previousChild(0, 'SUCCEEDED', 'EXPRESS', '"kept"'), previousChild(1, 'FAILED', 'EXPRESS')], true);
    const run = await runDefinition(mapDefinition('EXPRESS'), { input: [0, 10, 20], mapRuns: host, redrive: redriveAt });
    expect(run.types).toEqual([
      'ExecutionRedriven',
      'MapStateEntered',
      'MapStateStarted',
      'MapRunRedriven',
      'MapRunSucceeded',
      'MapStateSucceeded',
      'MapStateExited',
      'ExecutionSucceeded',
    ]);
    expect(detailsOf(run.events[3])).toEqual({ mapRunArn: MAP_RUN_ARN, redriveCount: 2 });
    expect(JSON.parse(String(run.outcome.output))).toEqual(['kept', 10, 20]);
    expect(log.filter((line) => !line.startsWith('ended'))).toEqual([
      `replaced ${previousChild(1, 'FAILED', 'EXPRESS').executionArn}`,
      'started 1 10',
      'started 2 20',
      'run SUCCEEDED',
    ]);
  });

  it('redrives a failed Standard child under its own ARN, and counts one it cannot redrive as failed', async () => {
    const failed = previousChild(0, 'FAILED', 'STANDARD');
    const redriven = redriveHost(
      [failed, previousChild(1, 'SUCCEEDED', 'STANDARD', '1'), previousChild(2, 'SUCCEEDED', 'STANDARD', '2')],
      true,
    );
    const run = await runDefinition(mapDefinition('STANDARD'), { input: [0, 10, 20], mapRuns: redriven.host, redrive: redriveAt });
    expect(JSON.parse(String(run.outcome.output))).toEqual([0, 1, 2]);
    expect(redriven.log).toEqual([`redriven ${failed.executionArn}`, 'ended child-0 SUCCEEDED', 'run SUCCEEDED']);
    expect(chainOf(redriven.childEvents.get(failed.executionArn) ?? []).slice(0, 2)).toEqual([
      [6, 5, 'ExecutionRedriven'],
      [7, 6, 'PassStateEntered'],
    ]);

    const stuck = redriveHost([failed], false);
    const again = await runDefinition(mapDefinition('STANDARD'), { input: [0], mapRuns: stuck.host, redrive: redriveAt });
    expect(again.outcome).toMatchObject({ status: 'FAILED', error: 'Item.Bad', cause: 'bad' });
    expect(again.types.slice(3, 5)).toEqual(['MapRunRedriven', 'MapRunFailed']);
    expect(stuck.log).toEqual([`redriven ${failed.executionArn}`, 'run FAILED']);
  });

  it('fails the execution with States.Runtime when the Map Run has used up its redrives', async () => {
    const host: MapRunHost = {
      startMapRun: () => {
        throw new Error('a refused redrive must not start a new Map Run');
      },
      redriveMapRun: () => ({ refused: 'no more redrives' }),
    };
    const run = await runDefinition(mapDefinition('STANDARD'), { input: [0], mapRuns: host, redrive: redriveAt });
    expect(run.types).toEqual(['ExecutionRedriven', 'MapStateEntered', 'MapStateStarted', 'ExecutionFailed']);
    expect(run.outcome).toMatchObject({ status: 'FAILED', error: 'States.Runtime', cause: 'no more redrives' });
  });
});
