/**
 * How much the overview reads beyond its counts. Only the rows of the page shown read their last
 * failure (two ListExecutions calls of one execution each, and a history once), a few at a time,
 * well inside ListExecutions' token bucket (docs/aws-behaviour.md#quotas-and-throttling).
 */
export const OVERVIEW_LIMITS = {
  /** State machines whose last failure is read at the same time. */
  concurrency: 4,
} as const;
