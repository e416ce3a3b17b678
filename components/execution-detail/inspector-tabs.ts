export const INSPECTOR_TABS = ['input', 'output', 'diff', 'processing', 'parameters', 'error', 'attempts', 'logs', 'events'] as const;
export type InspectorTab = (typeof INSPECTOR_TABS)[number];

export const INSPECTOR_TAB_LABELS: Record<InspectorTab, string> = {
  input: 'Input',
  output: 'Output',
  diff: 'Diff',
  processing: 'Processing',
  parameters: 'Parameters',
  error: 'Error',
  attempts: 'Attempts',
  logs: 'Logs',
  events: 'Events',
};

/** The tab named in the URL, or Input when it names none we know. */
export function toInspectorTab(value: string | null | undefined): InspectorTab {
  return (INSPECTOR_TABS as readonly string[]).includes(value ?? '') ? (value as InspectorTab) : 'input';
}

/**
 * Tabs a visit offers: Logs only for Task states, the only ones that call a Lambda function;
 * Processing only when a data source can replay the state (not for an imported file).
 */
export function inspectorTabsFor(stateType: string, { processing = false }: { processing?: boolean } = {}): InspectorTab[] {
  return INSPECTOR_TABS.filter((tab) => (tab !== 'logs' || stateType === 'Task') && (tab !== 'processing' || processing));
}

/**
 * The tab a key moves to, by the WAI-ARIA tabs pattern: Left/Right to the previous/next (wrapping),
 * Home/End to the first/last; undefined for any other key.
 */
export function tabForKey(tabs: readonly InspectorTab[], current: InspectorTab, key: string): InspectorTab | undefined {
  const index = tabs.indexOf(current);
  switch (key) {
    case 'ArrowRight':
      return tabs[(index + 1) % tabs.length];
    case 'ArrowLeft':
      return tabs[(index - 1 + tabs.length) % tabs.length];
    case 'Home':
      return tabs[0];
    case 'End':
      return tabs[tabs.length - 1];
    default:
      return undefined;
  }
}
