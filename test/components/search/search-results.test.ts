import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SearchEmptyState } from '@/components/search/search-empty-state';
import { SearchResults } from '@/components/search/search-results';
import { IndexCoverageNote } from '@/components/search/index-coverage-note';
import type { IndexedExecution } from '@/lib/execution-index/types';

const ARN = 'arn:aws:states:us-east-1:123456789012:execution:order-workflow:order-1';
const execution = {
  source: 's',
  executionArn: ARN,
  stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:order-workflow',
  stateMachineName: 'order-workflow',
  name: 'order-1',
  status: 'FAILED',
  startedAt: new Date('2026-12-01T08:00:00Z'),
  error: 'CardDeclined',
} as IndexedExecution;
const state = { q: 'ORD-20483', statuses: ['FAILED'] };

describe('SearchResults', () => {
  it('links each execution, shows its machine, status, start and the snippet with <mark>, escaped', () => {
    const html = renderToStaticMarkup(
      createElement(SearchResults, {
        page: { hits: [{ execution, snippet: '<b>"«ORD-20483»"</b>', snippetField: 'input' }], total: 1 },
        state,
      }),
    );
    expect(html).toContain(`href="/executions/${encodeURIComponent(ARN)}"`);
    expect(html).toContain('1 matching execution<');
    expect(html).toContain('order-workflow');
    expect(html).toContain('data-status="FAILED"');
    expect(html).toContain('2026-12-01 08:00:00 UTC');
    expect(html).toMatch(/<mark[^>]*>ORD-20483<\/mark>/);
    expect(html).toContain('&lt;b&gt;');
    expect(html).not.toContain('<b>');
  });

  it('links the next page by cursor, keeping the filters', () => {
    const html = renderToStaticMarkup(
      createElement(SearchResults, { page: { hits: [{ execution }], total: 80, nextCursor: 'abc' }, state }),
    );
    expect(html).toContain('href="/search?q=ORD-20483&amp;status=FAILED&amp;cursor=abc"');
    expect(html).toContain('80 matching executions');
  });
});

describe('search empty states and the coverage note', () => {
  it('tells an empty index (sync it) from a search that matched nothing', () => {
    expect(renderToStaticMarkup(createElement(SearchEmptyState, { indexEmpty: true }))).toContain('statescope sync');
    const none = renderToStaticMarkup(createElement(SearchEmptyState, { indexEmpty: false }));
    expect(none).toContain('No execution matches');
    expect(none).not.toContain('statescope sync');
  });

  it('says how far back the index reaches and when it last synced', () => {
    const html = renderToStaticMarkup(
      createElement(IndexCoverageNote, {
        stats: {
          executions: 34,
          histories: 30,
          oldestStartedAt: new Date('2026-11-01T00:00:00Z'),
          newestStartedAt: new Date('2026-12-01T00:00:00Z'),
        },
        lastSyncedAt: new Date('2026-12-02T10:00:00Z'),
      }),
    );
    expect(html).toContain('The index holds 34 executions, started from 2026-11-01 00:00:00 UTC to 2026-12-01 00:00:00 UTC.');
    expect(html).toContain('Last synced 2026-12-02 10:00:00 UTC.');
  });
});
