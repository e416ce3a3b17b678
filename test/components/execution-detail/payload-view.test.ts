import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatJson } from '@/lib/format/format-json';
import { PayloadView } from '@/components/execution-detail/payload-view';

// Counted, not replaced: what the view shows must still be what formatJson makes.
vi.mock('@/lib/format/format-json', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/format/format-json')>();
  return { ...actual, formatJson: vi.fn(actual.formatJson) };
});

afterEach(() => vi.mocked(formatJson).mockClear());

describe('PayloadView', () => {
  it('draws a JSON payload as a tree without indenting it as text, which only the Text view and Copy need', () => {
    const text = JSON.stringify({ items: Array.from({ length: 500 }, (_, id) => ({ id })) });
    const html = renderToStaticMarkup(createElement(PayloadView, { text, label: 'State input' }));
    expect(html).toContain('aria-label="State input view"');
    expect(html).toContain('aria-label="Copy state input"');
    expect(html).toMatch(/aria-pressed="true"[^>]*>Tree</);
    expect(formatJson).not.toHaveBeenCalled();
  });

  it('shows a payload that is not JSON (one AWS cut short) as its text', () => {
    const text = '{"items": [1, 2, 3';
    const html = renderToStaticMarkup(createElement(PayloadView, { text, label: 'State output', truncated: true }));
    expect(html).toContain(`<pre aria-label="State output"`);
    expect(html).toContain('{&quot;items&quot;: [1, 2, 3</pre>');
    expect(html).toContain('truncated by AWS at 256 KiB');
    expect(formatJson).toHaveBeenCalledWith(text);
  });

  it('says when a visit recorded no such payload', () => {
    const html = renderToStaticMarkup(createElement(PayloadView, { text: undefined, label: 'State output' }));
    expect(html).toBe('<p class="text-sm text-zinc-500 dark:text-zinc-400">No state output recorded for this visit.</p>');
  });
});
