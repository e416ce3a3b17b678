import { isDataSourceError } from '../../aws/errors';
import type { RedactionRules } from '../../execution-index/redact-payload';
import type { ExecutionIndexStore, IndexedExecution, IndexSource } from '../../execution-index/types';
import type { ExecutionSummary } from '../../domain';
import { buildIndexEntry } from './build-index-entry';
import type { ExecutionReader, ExecutionToRead } from './execution-reader';
import type { MachineSyncResult } from './sync-types';
import { decodeWalkState, encodeWalkState } from './walk-state';

export interface MachineSyncContext {
  store: ExecutionIndexStore;
  source: IndexSource;
  reader: ExecutionReader;
  machine: { arn: string; name: string; type: 'STANDARD' | 'EXPRESS' };
  redaction: RedactionRules;
  payloadCapBytes: number;
  now: () => Date;
  /** Walk the whole listing even when an earlier sync finished (finds executions AWS no longer has). */
  full: boolean;
  /** Listed again below the last sync's newest start, for executions the listing showed late. */
  overlapMs: number;
  /** Checked between pages: the page under way is finished and committed first. */
  signal?: AbortSignal;
  /** After each commit, with how many executions it wrote. */
  onCommit: (result: MachineSyncResult, written: number) => void;
}

/** The page token expired (AWS keeps them 24 hours) or was not this listing's. */
function isStaleToken(error: unknown): boolean {
  return (
    isDataSourceError(error) && error.kind === 'invalid-input' && (error.cause as { name?: unknown } | undefined)?.name === 'InvalidToken'
  );
}

function changedSince(stored: IndexedExecution | undefined, listed: ExecutionSummary): boolean {
  if (!stored || stored.goneFromSource) return true;
  return stored.status !== listed.status || stored.redriveCount !== (listed.redriveCount ?? 0);
}

const minDefined = (a: number | undefined, b: number) => (a === undefined ? b : Math.min(a, b));
const maxDefined = (a: number | undefined, b: number) => (a === undefined ? b : Math.max(a, b));
const toDate = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms));

/**
 * Keeps one state machine's executions in the index. The listing is walked newest first until it
 * passes the last sync's newest start (a first sync walks to the end); each page's new or changed
 * executions are read, redacted and committed together with the cursor, so a sync killed at any
 * point resumes from the last committed page and nothing is written twice. Then executions stored as
 * running are read again, and when the listing was walked to its end, stored executions it no longer
 * returned are asked about: ExecutionDoesNotExist marks them gone from the source (kept as the archive).
 */
export async function syncStateMachine(ctx: MachineSyncContext): Promise<MachineSyncResult> {
  const { store, source, reader, machine } = ctx;
  const cursor = await store.getSyncCursor(source, machine.arn);
  const result: MachineSyncResult = {
    stateMachineArn: machine.arn,
    name: machine.name,
    type: machine.type,
    new: 0,
    updated: 0,
    archived: 0,
    oldestStartedAt: cursor?.oldestStartedAt,
    newestStartedAt: cursor?.newestStartedAt,
    complete: false,
  };
  const resume = decodeWalkState(cursor?.resumeToken);
  let token = resume?.nextToken;
  let topMs = resume?.topMs;
  const firstOrFull = ctx.full || cursor?.newestStartedAt === undefined;
  const boundaryMs = resume ? resume.boundaryMs : firstOrFull ? undefined : (cursor?.newestStartedAt?.getTime() ?? 0) - ctx.overlapMs;
  let oldestMs = cursor?.oldestStartedAt?.getTime();
  let newestMs = cursor?.newestStartedAt?.getTime();
  const listed = new Set<string>();
  let listedMaxMs: number | undefined;
  let reachedEnd = false;

  /** Reads these executions, stores their histories, then their records in one step; gone ones are marked. */
  const readAndStore = async (executions: readonly ExecutionToRead[], known: ReadonlyMap<string, IndexedExecution | undefined>) => {
    if (executions.length === 0) return { written: 0, gone: 0 };
    const read = await reader.read(executions);
    const records: IndexedExecution[] = [];
    const gone: string[] = [];
    const now = ctx.now();
    for (const { arn } of executions) {
      const found = read.get(arn);
      if (!found) continue;
      if (found.kind === 'gone') {
        if (known.get(arn) && !known.get(arn)?.goneFromSource) gone.push(arn);
        continue;
      }
      const entry = buildIndexEntry({
        source,
        detail: found.detail,
        events: found.events,
        stateMachine: { name: machine.name, type: machine.type },
        redaction: ctx.redaction,
        payloadCapBytes: ctx.payloadCapBytes,
        now,
      });
      if (entry.history) {
        const key = { source, executionArn: arn, startedAt: found.detail.startedAt, redriveCount: found.detail.redriveCount ?? 0 };
        await store.putHistory(key, found.detail.status, entry.history, true);
      }
      records.push(entry.record);
    }
    // Records only after their histories: a crash in between leaves them unchanged-looking to no one.
    await store.putExecutions(records);
    if (gone.length > 0) await store.markGoneFromSource(source, gone);
    for (const record of records) {
      if (known.get(record.executionArn)) result.updated += 1;
      else result.new += 1;
    }
    result.archived += gone.length;
    return { written: records.length, gone: gone.length };
  };

  let resetOnce = false;
  while (!ctx.signal?.aborted) {
    let page;
    try {
      page = await reader.listPage(token);
    } catch (error) {
      // A resume token too old to use: walk again from the top to the same boundary (unchanged executions cost nothing).
      if (token && !resetOnce && isStaleToken(error)) {
        resetOnce = true;
        token = undefined;
        topMs = undefined;
        continue;
      }
      throw error;
    }
    const known = new Map<string, IndexedExecution | undefined>();
    const toRead: ExecutionToRead[] = [];
    for (const execution of page.executions) {
      listed.add(execution.arn);
      const stored = await store.getExecution(source, execution.arn);
      known.set(execution.arn, stored);
      if (changedSince(stored, execution)) toRead.push({ arn: execution.arn, startedAt: execution.startedAt, listed: execution });
    }
    const { written } = await readAndStore(toRead, known);

    for (const execution of page.executions) {
      const ms = execution.startedAt.getTime();
      oldestMs = minDefined(oldestMs, ms);
      listedMaxMs = maxDefined(listedMaxMs, ms);
      topMs = maxDefined(topMs, ms);
    }
    const passed = boundaryMs !== undefined && page.executions.some((e) => e.startedAt.getTime() < boundaryMs);
    const done = !page.nextToken || passed;
    if (done && topMs !== undefined) newestMs = maxDefined(newestMs, topMs);
    await store.putSyncCursor({
      source,
      stateMachineArn: machine.arn,
      newestStartedAt: toDate(newestMs),
      oldestStartedAt: toDate(oldestMs),
      resumeToken: done || !page.nextToken ? undefined : encodeWalkState({ nextToken: page.nextToken, topMs, boundaryMs }),
      updatedAt: ctx.now(),
    });
    result.oldestStartedAt = toDate(oldestMs);
    result.newestStartedAt = toDate(newestMs);
    ctx.onCommit(result, written);
    if (done) {
      reachedEnd = !page.nextToken;
      result.complete = true;
      break;
    }
    token = page.nextToken;
  }
  if (ctx.signal?.aborted) return result;

  // Executions stored as running (or pending a redrive) that this listing did not reach: read again.
  const unfinished = (await store.listUnfinished(source, machine.arn)).filter((arn) => !listed.has(arn));
  await readKnown(unfinished);

  // The listing reached its end: stored executions it did not return may be past AWS's retention.
  // (An empty listing reached its end too: every stored execution is a candidate.)
  if (reachedEnd && reader.canDetectGone) {
    const missing: string[] = [];
    const to = listedMaxMs === undefined ? undefined : new Date(listedMaxMs + 1);
    let searchCursor: string | undefined;
    do {
      const found = await store.search({ source, stateMachineArns: [machine.arn], to, limit: 500, cursor: searchCursor });
      for (const { execution } of found.hits) {
        if (!execution.goneFromSource && !listed.has(execution.executionArn) && !unfinished.includes(execution.executionArn))
          missing.push(execution.executionArn);
      }
      searchCursor = found.nextCursor;
    } while (searchCursor);
    await readKnown(missing);
  }
  return result;

  /** Reads executions the index already has, a page's worth at a time, each batch committed on its own. */
  async function readKnown(arns: readonly string[]): Promise<void> {
    const batch = 100;
    for (let start = 0; start < arns.length && !ctx.signal?.aborted; start += batch) {
      const known = new Map<string, IndexedExecution | undefined>();
      const toRead: ExecutionToRead[] = [];
      for (const arn of arns.slice(start, start + batch)) {
        const stored = await store.getExecution(source, arn);
        known.set(arn, stored);
        toRead.push({ arn, startedAt: stored?.startedAt });
      }
      const { written } = await readAndStore(toRead, known);
      ctx.onCommit(result, written);
    }
  }
}
