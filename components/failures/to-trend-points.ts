import type { FailureGroup } from '@/lib/execution-index/types';

/** One bar of a group's trend, serialisable for the client chart. */
export interface TrendPoint {
  /** Short label of the bucket's start: `HH:MM` for buckets under a day, `MM-DD` otherwise (UTC). */
  label: string;
  /** The bucket's start, ISO 8601, for the tooltip. */
  start: string;
  count: number;
}

const DAY_MS = 86_400_000;

/** The trend as chart points, labelled by hour or by day from the bucket width. */
export function toTrendPoints(trend: FailureGroup['trend']): TrendPoint[] {
  const [first, second] = trend;
  const widthMs = first && second ? second.start.getTime() - first.start.getTime() : DAY_MS;
  return trend.map(({ start, count }) => {
    const iso = start.toISOString();
    return { label: widthMs < DAY_MS ? iso.slice(11, 16) : iso.slice(5, 10), start: iso, count };
  });
}
