import { describe, expect, it } from 'vitest';
import { INSPECTOR_TABS, INSPECTOR_TAB_LABELS, toInspectorTab } from '@/components/execution-detail/inspector-tabs';

// `?tab=` of the execution page: one of the inspector's tabs, or Input for anything else.

describe('toInspectorTab', () => {
  it('has the inspector’s tabs in order, each with its label', () => {
    expect(INSPECTOR_TABS).toEqual(['input', 'output', 'diff', 'parameters', 'error', 'attempts', 'events']);
    expect(INSPECTOR_TABS.map((tab) => INSPECTOR_TAB_LABELS[tab])).toEqual([
      'Input',
      'Output',
      'Diff',
      'Parameters',
      'Error',
      'Attempts',
      'Events',
    ]);
  });

  it.each(INSPECTOR_TABS)('opens %s when the URL names it', (tab) => {
    expect(toInspectorTab(tab)).toBe(tab);
  });

  it.each([null, undefined, '', 'Output', 'OUTPUT', ' output', 'graph', 'toString', '__proto__', 'input,output'])(
    'opens Input for %j',
    (value) => {
      expect(toInspectorTab(value)).toBe('input');
    },
  );
});
