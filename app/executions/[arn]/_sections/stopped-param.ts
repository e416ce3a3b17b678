import { findFinishedHistory, type FinishedHistory } from './finished-history-cache';

/**
 * `?stopped=`: the epoch milliseconds at which the execution a page shows had stopped, which the page
 * adds to the requests it makes for it (the whole view, a visit's payloads). Empty or absent for one
 * still running.
 */
export function readStoppedParam(search: URLSearchParams): { ok: true; stoppedAtMs?: number } | { ok: false; message: string } {
  const text = search.get('stopped') ?? '';
  if (text === '') return { ok: true };
  const stoppedAtMs = Number(text);
  if (!/^\d{1,16}$/.test(text) || !Number.isSafeInteger(stoppedAtMs)) {
    return { ok: false, message: `?stopped= is the time the execution stopped, in epoch milliseconds; got '${text.slice(0, 40)}'.` };
  }
  return { ok: true, stoppedAtMs };
}

/**
 * The history this server cached for the stop a request names, if it has it: the routes the page
 * calls answer from it without a DescribeExecution (findFinishedHistory). A stop it cannot read is
 * refused with its message.
 */
export function readCachedStop(
  executionArn: string,
  search: URLSearchParams,
): { ok: true; cached?: FinishedHistory } | { ok: false; message: string } {
  const stopped = readStoppedParam(search);
  if (!stopped.ok) return stopped;
  if (stopped.stoppedAtMs === undefined) return { ok: true };
  const cached = findFinishedHistory(executionArn, stopped.stoppedAtMs);
  return cached ? { ok: true, cached } : { ok: true };
}
