import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataSourceErrorPanel } from '@/components/data-source/data-source-error-panel';
import { toDataSourceError } from '@/lib/aws/errors';

// The panel is what a section renders for a mapped SDK error; checked here without a browser.
describe('DataSourceErrorPanel fed by the error mapper', () => {
  it('renders an unreachable endpoint as a titled alert with message and hint', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    const problem = toDataSourceError(error, { endpoint: 'http://127.0.0.1:9' })?.toProblem();
    if (!problem) throw new Error('the mapper did not recognise ECONNREFUSED');
    const html = renderToStaticMarkup(createElement(DataSourceErrorPanel, { problem }));
    expect(html).toContain('role="alert"');
    expect(html).toContain('data-kind="unreachable"');
    expect(html).toContain('Step Functions is unreachable');
    expect(html).toContain('Could not reach Step Functions at http://127.0.0.1:9 (ECONNREFUSED).');
    expect(html).not.toMatch(/\.(js|ts|tsx):\d+:\d+/);
  });

  it('has a title for every kind', () => {
    const kinds = ['no-credentials', 'access-denied', 'not-found', 'throttled', 'unreachable', 'invalid-input'] as const;
    for (const kind of kinds) {
      const html = renderToStaticMarkup(createElement(DataSourceErrorPanel, { problem: { kind, message: 'm', hint: 'h' } }));
      expect(html).toMatch(/<p class="[^"]*font-semibold[^"]*">[A-Z][^<]+<\/p>/);
    }
  });
});
