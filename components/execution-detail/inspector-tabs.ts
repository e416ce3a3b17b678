export const INSPECTOR_TABS = ['input', 'output', 'diff', 'parameters', 'error', 'attempts', 'events'] as const;
export type InspectorTab = (typeof INSPECTOR_TABS)[number];

export const INSPECTOR_TAB_LABELS: Record<InspectorTab, string> = {
  input: 'Input',
  output: 'Output',
  diff: 'Diff',
  parameters: 'Parameters',
  error: 'Error',
  attempts: 'Attempts',
  events: 'Events',
};

/** The tab named in the URL, or Input when it names none we know. */
export function toInspectorTab(value: string | null | undefined): InspectorTab {
  return (INSPECTOR_TABS as readonly string[]).includes(value ?? '') ? (value as InspectorTab) : 'input';
}
