import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExecution } from '@/lib/emulator/engine/run-execution';
import type { EmulatorHistoryEvent } from '@/lib/emulator/engine/types';
import { firstDifference } from './compare-history';
import { CORPUS_DIR, corpusAvailable, loadCase, type RecordedCase } from './corpus';
import { keyMasksOf, normaliseHistory, RUN_IDENTITY } from './normalise-history';
import { replayInvoker } from './replay-invoker';
import { recordedInput } from './run-case';

/** Regression floor for the Lambda replay suite (exact matches among runnable cases). */
const EXACT_MATCH_FLOOR = 40;

const UNSUPPORTED = new Set(['AwsSdk', 'Callback', 'Sync', 'Activity', 'DistributedMap']);

/** Lambda-only cases: every Task is a Lambda ARN or lambda:invoke. */
function lambdaCaseNames(): string[] {
  const index = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'index.json'), 'utf8')) as {
    name: string;
    features: string[];
    artifacts: string[];
    hasDefinition: boolean;
  }[];
  return index
    .filter(
      (c) => c.hasDefinition && c.artifacts.length === 0 && !c.features.some((f) => UNSUPPORTED.has(f)) && c.features.includes('Lambda'),
    )
    .map((c) => c.name)
    .filter((name) =>
      loadCase(name).events.every((e) => {
        const d = e.taskScheduledEventDetails as { resourceType?: string; resource?: string } | undefined;
        return !d || (d.resourceType === 'lambda' && d.resource === 'invoke');
      }),
    );
}

/** Undo the recorder's masks in a recorded Lambda ARN so the run uses a real-looking one. */
function unmaskArn(arn: string): string {
  return arn
    .replace('arn:<partition>:', 'arn:aws:')
    .replace('<region>', RUN_IDENTITY.region)
    .replace('111111111111', RUN_IDENTITY.accountId);
}

/**
 * Tests replaced Lambda placeholders before creating the machine; put the recorded function back:
 * a `_tbd_` Resource gets the ARN from LambdaFunctionScheduled, the ARN placeholder in a lambda:invoke
 * FunctionName gets the one from TaskScheduled. Other edits cannot be redone: undefined.
 */
function restoreDefinition(recorded: RecordedCase): string | undefined {
  const text = JSON.stringify(recorded.definition);
  const mods = recorded.definitionSource?.modifications ?? [];
  if (!recorded.definitionSource?.modifiedByTest) return text;
  const task = recorded.events.find((e) => e.type === 'TaskScheduled')?.taskScheduledEventDetails as
    { parameters?: { FunctionName?: string } } | undefined;
  const resourceStates = mods.map((m) => /^\$\.States\.([^.[]+)\.Resource$/.exec(m)?.[1]);
  if (resourceStates.every((s) => s !== undefined)) {
    // The n-th edited state ran the n-th distinct function the recording scheduled.
    const arns = [
      ...new Set(
        recorded.events
          .filter((e) => e.type === 'LambdaFunctionScheduled')
          .map((e) => (e.lambdaFunctionScheduledEventDetails as { resource: string }).resource),
      ),
    ];
    const definition = JSON.parse(text) as { States: Record<string, { Resource?: string }> };
    for (const [i, stateName] of resourceStates.entries()) {
      const state = definition.States[stateName as string];
      if (!state || !/^_+tbd_+$/i.test(state.Resource ?? '') || !arns[i]) return undefined;
      state.Resource = unmaskArn(arns[i]);
    }
    return JSON.stringify(definition);
  }
  if (
    mods.every((m) => m === 'text replace in the definition') &&
    task?.parameters?.FunctionName &&
    text.includes('%LAMBDA_FUNCTION_ARN_LITERAL_PLACEHOLDER%')
  ) {
    return text.split('%LAMBDA_FUNCTION_ARN_LITERAL_PLACEHOLDER%').join(unmaskArn(task.parameters.FunctionName));
  }
  return undefined;
}

async function replay(recorded: RecordedCase, definition: string): Promise<EmulatorHistoryEvent[]> {
  const { input, roleArn } = recordedInput(recorded);
  const { region, accountId, stateMachineName, executionName } = RUN_IDENTITY;
  const events: EmulatorHistoryEvent[] = [];
  await runExecution({
    definition,
    input,
    executionArn: `arn:aws:states:${region}:${accountId}:execution:${stateMachineName}:${executionName}`,
    stateMachineArn: `arn:aws:states:${region}:${accountId}:stateMachine:${stateMachineName}`,
    stateMachineName,
    executionName,
    roleArn,
    region,
    accountId,
    startDate: new Date(),
    invoker: replayInvoker(recorded.events),
    timeScale: 0.0001,
    signal: new AbortController().signal,
    onEvent: (e) => events.push(e),
  });
  return events;
}

/** Masks the recorder applied to Lambda response headers (whole values replaced by a word). */
const HEADER_MASKS = [
  { key: 'Date', replacement: 'date' },
  { key: 'X-Amzn-Trace-Id', replacement: 'X-Amzn-Trace-Id' },
];

/** Newer recordings also replaced request-id headers by their names; detect that from the recording. */
function requestIdMasks(recorded: RecordedCase) {
  const text = JSON.stringify(recorded.events);
  return text.includes('"x-amzn-RequestId":"x-amzn-RequestId"')
    ? [
        { key: 'x-amzn-RequestId', replacement: 'x-amzn-RequestId' },
        { key: 'RequestId', replacement: 'RequestId' },
      ]
    : [];
}

describe.skipIf(!corpusAvailable)('engine fidelity on recorded Lambda executions (replayed functions)', () => {
  it('reproduces recorded Lambda task histories', async () => {
    const lines: string[] = [];
    let runnable = 0;
    let exact = 0;
    for (const name of lambdaCaseNames()) {
      const recorded = loadCase(name);
      const definition = restoreDefinition(recorded);
      if (!definition) {
        lines.push(
          `  skipped ${name}: the recording test edited the definition in a way that cannot be redone (${recorded.definitionSource?.modifications?.join(', ')})`,
        );
        continue;
      }
      runnable += 1;
      const { roleArn } = recordedInput(recorded);
      const events = await replay(recorded, definition);
      const masks = [...keyMasksOf(recorded.upstream.snapshotTransformers), ...HEADER_MASKS, ...requestIdMasks(recorded)];
      const difference = firstDifference(normaliseHistory(events, roleArn, roleArn, masks), recorded.events);
      if (difference) lines.push(`  MISMATCH ${name}: ${difference}`);
      else exact += 1;
    }
    console.log([`lambda replay fidelity: ${exact}/${runnable} exact`, ...lines].join('\n'));
    expect(exact).toBeGreaterThanOrEqual(EXACT_MATCH_FLOOR);
  }, 120_000);
});
