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
