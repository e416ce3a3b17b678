import { redactHistoryEvents, type RedactionRules } from '../../execution-index/redact-payload';
import { toIndexedExecution } from '../../execution-index/to-indexed-execution';
import type { IndexedExecution, IndexSource } from '../../execution-index/types';
import type { ExecutionDetail, HistoryEventRecord } from '../../domain';

export interface IndexEntry {
  record: IndexedExecution;
  /** The finished execution's history, already redacted; absent while it runs. */
  history?: HistoryEventRecord[];
}

/**
 * One execution as the index stores it: the history redacted before anything else sees it, and the
 * record built from the detail and that redacted history.
 */
export function buildIndexEntry(input: {
  source: IndexSource;
  detail: ExecutionDetail;
  events?: HistoryEventRecord[];
  stateMachine: { name: string; type: 'STANDARD' | 'EXPRESS' };
  redaction: RedactionRules;
  payloadCapBytes: number;
  now: Date;
}): IndexEntry {
  const history = input.events && redactHistoryEvents(input.events, input.redaction);
  const record = toIndexedExecution({
    source: input.source,
    execution: input.detail,
    stateMachine: input.stateMachine,
    events: history,
    redaction: input.redaction,
    payloadCapBytes: input.payloadCapBytes,
    now: input.now,
  });
  return { record, history };
}
