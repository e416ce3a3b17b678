export const COST_MODES = ['auto', 'exact', 'sampled'] as const;
export type CostMode = (typeof COST_MODES)[number];

function withMode(path: string, mode: CostMode | undefined, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  if (mode && mode !== 'auto') params.set('mode', mode);
  const search = params.toString();
  return `${path}${search ? `?${search}` : ''}`;
}

/** The cost review of one state machine, or of all of them without an ARN. */
export function costHref(stateMachineArn?: string, mode?: CostMode): string {
  return withMode(stateMachineArn ? `/cost/${encodeURIComponent(stateMachineArn)}` : '/cost', mode);
}

export const COST_CSV_TABLES = ['executions', 'states', 'state-machines'] as const;
export type CostCsvTable = (typeof COST_CSV_TABLES)[number];

export function costCsvHref(table: CostCsvTable, stateMachineArn: string | undefined, mode?: CostMode): string {
  return withMode('/cost/export', mode, { table, ...(stateMachineArn ? { arn: stateMachineArn } : {}) });
}

export function toCostMode(value: string | undefined): CostMode {
  return COST_MODES.find((mode) => mode === value) ?? 'auto';
}
