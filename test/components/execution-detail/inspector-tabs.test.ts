import { describe, expect, it } from 'vitest';
import {
  INSPECTOR_TABS,
  INSPECTOR_TAB_LABELS,
  inspectorTabsFor,
  tabForKey,
  toInspectorTab,
} from '@/components/execution-detail/inspector-tabs';

// `?tab=` of the execution page: one of the inspector's tabs, or Input for anything else.

describe('toInspectorTab', () => {
  it('has the inspector’s tabs in order, each with its label', () => {
    expect(INSPECTOR_TABS).toEqual(['input', 'output', 'diff', 'processing', 'parameters', 'error', 'attempts', 'logs', 'events']);
    expect(INSPECTOR_TABS.map((tab) => INSPECTOR_TAB_LABELS[tab])).toEqual([
      'Input',
      'Output',
      'Diff',
      'Processing',
      'Parameters',
      'Error',
      'Attempts',
      'Logs',
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

describe('inspectorTabsFor', () => {
  it('offers Logs on Task states only', () => {
    expect(inspectorTabsFor('Task')).toContain('logs');
    expect(inspectorTabsFor('Pass', { processing: true })).toEqual(INSPECTOR_TABS.filter((tab) => tab !== 'logs'));
  });

  it('offers Processing only where a data source can replay the state', () => {
    expect(inspectorTabsFor('Task', { processing: true })).toContain('processing');
    expect(inspectorTabsFor('Task')).not.toContain('processing');
  });
});

describe('tabForKey (WAI-ARIA tabs)', () => {
  const tabs = ['input', 'output', 'events'] as const;
  it.each([
    ['input', 'ArrowRight', 'output'],
    ['events', 'ArrowRight', 'input'],
    ['input', 'ArrowLeft', 'events'],
    ['output', 'Home', 'input'],
    ['output', 'End', 'events'],
  ] as const)('from %s, %s selects %s', (current, key, expected) => {
    expect(tabForKey(tabs, current, key)).toBe(expected);
  });

  it.each(['ArrowDown', 'ArrowUp', 'j', 'Enter'])('leaves %s to others (visit navigation, activation)', (key) => {
    expect(tabForKey(tabs, 'output', key)).toBeUndefined();
  });
});
