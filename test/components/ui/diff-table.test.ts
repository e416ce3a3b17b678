import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DiffTable, type DiffTint } from '@/components/ui/diff-table';
import { diffLines } from '@/lib/view-model/diff-lines';

const TINT: DiffTint = {
  same: { left: '', right: '' },
  changed: { left: 'tint-old', right: 'tint-new' },
  removed: { left: 'tint-old', right: 'tint-none' },
  added: { left: 'tint-none', right: 'tint-new' },
};

describe('DiffTable', () => {
  it('draws each aligned row with both sides tinted by how it differs, under the given headings', () => {
    const { rows } = diffLines('{\n  "a": 1,\n  "b": 2\n}', '{\n  "a": 1,\n  "b": 3\n}');
    const html = renderToStaticMarkup(
      createElement(DiffTable, { rows, label: 'Input of A and B', leftHeading: 'A', rightHeading: 'B', tint: TINT }),
    );
    expect(html).toContain('aria-label="Input of A and B"');
    expect(html).toMatch(/<th[^>]*>A<\/th><th[^>]*>B<\/th>/);
    expect(html).toMatch(
      /<tr data-diff="changed"><td class="[^"]*tint-old">  &quot;b&quot;: 2<\/td><td class="[^"]*tint-new">  &quot;b&quot;: 3<\/td><\/tr>/,
    );
    expect(html.match(/data-diff="same"/g)).toHaveLength(3);
  });

  it('counts the rows past the cap instead of drawing them', () => {
    const many = Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n');
    const { rows } = diffLines(many, many);
    const html = renderToStaticMarkup(
      createElement(DiffTable, { rows, label: 'x', leftHeading: 'L', rightHeading: 'R', tint: TINT, maxRows: 10 }),
    );
    expect(html.match(/<tr data-diff/g)).toHaveLength(10);
    expect(html).toContain('20 more lines not shown.');
  });
});
