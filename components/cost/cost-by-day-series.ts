/** Series → label and colour, in one place (shadcn's ChartConfig pattern). */
export const COST_BY_DAY_SERIES = {
  transitions: { label: 'State transitions', color: '#6366f1' },
  executions: { label: 'Requests (executions)', color: '#0ea5e9' },
  costUsd: { label: 'Estimated cost (USD)', color: '#e11d48' },
} as const;
