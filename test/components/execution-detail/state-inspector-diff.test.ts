import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatJson } from '@/lib/format/format-json';
import { StateInspector } from '@/components/execution-detail/state-inspector';
import type { InspectorTab } from '@/components/execution-detail/inspector-tabs';
import { visitView } from '../../support/view-model/visit-view';

// Counted, not replaced: the diff must still show what formatJson makes.
vi.mock('@/lib/format/format-json', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/format/format-json')>();
  return { ...actual, formatJson: vi.fn(actual.formatJson) };
});

afterEach(() => vi.mocked(formatJson).mockClear());

const input = JSON.stringify({ items: Array.from({ length: 300 }, (_, id) => ({ id })) });
const output = JSON.stringify({ count: 300 });
const visit = visitView(2, 'Fan', { input, output });

function render(tab: InspectorTab): string {
  return renderToStaticMarkup(createElement(StateInspector, { visit, tab, onTab: () => undefined }));
}

describe('StateInspector, Diff tab', () => {
  it('does not indent the input and output for the diff while another tab is open', () => {
    for (const tab of ['input', 'output', 'attempts', 'events'] as const) render(tab);
    expect(formatJson).not.toHaveBeenCalled();
  });

  it('indents both for the diff when its tab is open, and shows how they differ', () => {
    const html = render('diff');
    expect(vi.mocked(formatJson).mock.calls).toEqual([[input], [output]]);
    expect(html).toContain('aria-label="Input and output diff"');
    expect(html).toMatch(/\d+ lines differ\./);
    expect(html).toContain('&quot;count&quot;: 300');
  });
});
