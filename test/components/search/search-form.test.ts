import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SearchForm } from '@/components/search/search-form';

const ORDERS = 'arn:aws:states:us-east-1:123456789012:stateMachine:order-workflow';

describe('SearchForm', () => {
  it('is a GET form to /search holding the URL state in its fields', () => {
    const html = renderToStaticMarkup(
      createElement(SearchForm, {
        state: { q: '$.amount > 100', machine: ORDERS, statuses: ['FAILED'], from: '2026-12-01', error: 'CardDeclined' },
        machines: [{ arn: ORDERS, name: 'order-workflow' }],
        problemField: 'q',
      }),
    );
    expect(html).toMatch(/<form[^>]*action="\/search"[^>]*method="get"/);
    expect(html).toContain('value="$.amount &gt; 100"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toMatch(new RegExp(`<option value="${ORDERS}" selected="">order-workflow</option>`));
    expect(html).toMatch(/<input type="checkbox"[^>]*name="status" checked="" value="FAILED"/);
    expect(html).toContain('<option value="2026-12-01" selected="">2026-12-01</option>');
    expect(html).toContain('value="CardDeclined"');
  });
});
