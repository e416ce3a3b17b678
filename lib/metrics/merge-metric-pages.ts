import type { MetricSeries } from './metric-data';

/**
 * Joins the pages of GetMetricData calls into one series per query id, in first-seen order. A query's
 * last page decides whether it is complete: CloudWatch says PartialData on every page but the last.
 */
export function mergeMetricPages(pages: readonly (readonly MetricSeries[])[]): MetricSeries[] {
  const merged = new Map<string, MetricSeries>();
  for (const page of pages) {
    for (const series of page) {
      const existing = merged.get(series.id);
      if (!existing) {
        merged.set(series.id, { id: series.id, timestamps: [...series.timestamps], values: [...series.values], complete: series.complete });
        continue;
      }
      existing.timestamps.push(...series.timestamps);
      existing.values.push(...series.values);
      existing.complete = series.complete;
    }
  }
  return [...merged.values()];
}
