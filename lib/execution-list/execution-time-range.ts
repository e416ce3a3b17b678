export const TIME_RANGE_PRESETS = [
  { id: '1h', label: 'Last hour', durationMs: 60 * 60 * 1000 },
  { id: '24h', label: 'Last 24 h', durationMs: 24 * 60 * 60 * 1000 },
  { id: '7d', label: 'Last 7 days', durationMs: 7 * 24 * 60 * 60 * 1000 },
  { id: '30d', label: 'Last 30 days', durationMs: 30 * 24 * 60 * 60 * 1000 },
] as const;
export type TimeRangePresetId = (typeof TIME_RANGE_PRESETS)[number]['id'];

export interface TimeRangeInput {
  /** A preset id, or `custom` to use `from`/`to`. */
  range?: string;
  /** UTC: `YYYY-MM-DDTHH:mm` (what `<input type="datetime-local">` sends), a date, or full ISO 8601. */
  from?: string;
  to?: string;
}

export type TimeRange = { ok: true; startedFrom?: Date; startedTo?: Date; preset?: TimeRangePresetId } | { ok: false; message: string };

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?))?(Z|[+-]\d{2}:\d{2})?$/;

/** Reads a time the app shows in UTC; one without a zone is UTC too, so it means what the page displays. */
export function parseUtcDateTime(text: string): Date | undefined {
  const match = DATE_TIME.exec(text.trim());
  if (!match) return undefined;
  const [, day, time = '00:00', zone = 'Z'] = match;
  const date = new Date(`${day}T${time}${zone}`);
  if (Number.isNaN(date.getTime())) return undefined;
  // Date accepts day 31 of every month and rolls it over (2026-02-30 is 2 March): the day must exist.
  return new Date(`${day}T00:00Z`).toISOString().slice(0, 10) === day ? date : undefined;
}

/** The start-time window a list filter asks for, or a message naming the field that is wrong. */
export function toTimeRange(input: TimeRangeInput, now: Date): TimeRange {
  const preset = TIME_RANGE_PRESETS.find((candidate) => candidate.id === input.range);
  if (preset) return { ok: true, preset: preset.id, startedFrom: new Date(now.getTime() - preset.durationMs) };
  if (input.range && input.range !== 'custom') {
    return { ok: false, message: `Unknown time range "${input.range}": use ${TIME_RANGE_PRESETS.map((p) => p.id).join(', ')} or custom.` };
  }
  const startedFrom = input.from ? parseUtcDateTime(input.from) : undefined;
  if (input.from && !startedFrom)
    return { ok: false, message: `"From" is not a date and time: "${input.from}". Use YYYY-MM-DD HH:mm (UTC).` };
  const startedTo = input.to ? parseUtcDateTime(input.to) : undefined;
  if (input.to && !startedTo) return { ok: false, message: `"To" is not a date and time: "${input.to}". Use YYYY-MM-DD HH:mm (UTC).` };
  if (startedFrom && startedTo && startedFrom.getTime() >= startedTo.getTime()) {
    return { ok: false, message: '"From" must be before "To".' };
  }
  return { ok: true, startedFrom, startedTo };
}
