import { WINDOW_PRESETS, type WindowParseResult, type WindowPreset, type WindowSpec } from './types';
import { DEFAULT_WINDOW_PRESET, FUTURE_TOLERANCE_MS, MAX_WINDOW_AGE_MS } from './windows';

/** Next's `searchParams` object or a URLSearchParams. */
export type SearchParamsLike = URLSearchParams | Readonly<Record<string, string | readonly string[] | undefined>>;

function readParam(params: SearchParamsLike, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? (params.get(name) ?? undefined) : params[name];
  const first = typeof value === 'string' ? value : value?.[0];
  const trimmed = first?.trim();
  return trimmed ? trimmed : undefined;
}

function isPreset(value: string): value is WindowPreset {
  return (WINDOW_PRESETS as readonly string[]).includes(value);
}

// A date, or a date and time with an optional zone; a time without a zone is read as UTC.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function parseTime(text: string): Date | undefined {
  if (/^\d{10,13}$/.test(text)) return new Date(Number(text.length === 13 ? text : `${text}000`));
  if (!DATE_TIME.test(text)) return undefined;
  const withZone = text.length <= 10 || /(?:Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text.replace(' ', 'T')}Z`;
  const date = new Date(withZone.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const TIME_FORMAT = 'an ISO 8601 time such as 2026-12-01T08:00Z (or epoch seconds or milliseconds)';

/**
 * Reads the window from the address: `?window=1h|24h|7d|30d`, or `?from=…&to=…` (with or without
 * `window=custom`); nothing means the last 24 h. A custom range must end after it starts, not more
 * than a minute in the future, and start at most 455 days before `now` (CloudWatch's retention).
 * Every refusal names the parameter and what is wrong with it.
 */
export function parseWindowParams(params: SearchParamsLike, now: Date): WindowParseResult {
  const window = readParam(params, 'window');
  const fromText = readParam(params, 'from');
  const toText = readParam(params, 'to');
  if (window !== undefined && window !== 'custom') {
    if (!isPreset(window)) {
      return {
        ok: false,
        problem: { param: 'window', message: `Unknown window "${window}": use one of ${WINDOW_PRESETS.join(', ')}, or from and to.` },
      };
    }
    if (fromText === undefined && toText === undefined) return { ok: true, spec: { preset: window } };
    return {
      ok: false,
      problem: { param: 'window', message: `window=${window} cannot be combined with from and to: use one or the other.` },
    };
  }
  if (fromText === undefined && toText === undefined) {
    if (window === 'custom') return { ok: false, problem: { param: 'from', message: 'A custom window needs from and to.' } };
    return { ok: true, spec: { preset: DEFAULT_WINDOW_PRESET } };
  }
  if (fromText === undefined) return { ok: false, problem: { param: 'from', message: 'A custom window needs from as well as to.' } };
  const from = parseTime(fromText);
  if (!from) return { ok: false, problem: { param: 'from', message: `from "${fromText}" is not a time: use ${TIME_FORMAT}.` } };
  const to = toText === undefined ? new Date(now.getTime()) : parseTime(toText);
  if (!to) return { ok: false, problem: { param: 'to', message: `to "${toText}" is not a time: use ${TIME_FORMAT}.` } };
  return validateRange(from, to, now);
}

function validateRange(from: Date, to: Date, now: Date): WindowParseResult {
  if (to.getTime() <= from.getTime()) {
    return { ok: false, problem: { param: 'to', message: `to (${to.toISOString()}) must be after from (${from.toISOString()}).` } };
  }
  if (to.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    return {
      ok: false,
      problem: { param: 'to', message: `to (${to.toISOString()}) is in the future; the latest allowed is now (${now.toISOString()}).` },
    };
  }
  if (from.getTime() < now.getTime() - MAX_WINDOW_AGE_MS) {
    return {
      ok: false,
      problem: { param: 'from', message: `from (${from.toISOString()}) is more than 455 days ago: CloudWatch keeps metrics for 455 days.` },
    };
  }
  const spec: WindowSpec = { from, to };
  return { ok: true, spec };
}

/** The search parameters that reproduce a window, for links and for the address. */
export function toWindowSearchParams(spec: WindowSpec): Record<string, string> {
  if ('preset' in spec) return { window: spec.preset };
  return { from: spec.from.toISOString(), to: spec.to.toISOString() };
}
