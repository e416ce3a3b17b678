import { describe, expect, it } from 'vitest';
import type { ExecutionPage, ExecutionSummary } from '@/lib/domain';
import { scanExecutionPages } from '@/lib/execution-list/scan-execution-pages';
import { execution, NOW } from '../../support/execution-list/execution';

/** Newest-first pages of `size`, one execution per hour back from NOW, as ListExecutions hands them out. */
function pagedHistory(count: number, size: number) {
  const all: ExecutionSummary[] = Array.from({ length: count }, (_, index) =>
    execution(index % 3 === 0 ? `order-${index}` : `refund-${index}`, index % 4 === 0 ? 'FAILED' : 'SUCCEEDED', index + 0.5, 1_000),
  );
  const tokensSeen: (string | undefined)[] = [];
  const fetchPage = async (token: string | undefined): Promise<ExecutionPage> => {
    tokensSeen.push(token);
    const start = token ? Number(token) : 0;
    const next = start + size;
    return { executions: all.slice(start, next), nextToken: next < all.length ? String(next) : undefined };
  };
  return { all, fetchPage, tokensSeen };
}

describe('scanExecutionPages', () => {
  it('stops at the first execution older than startedFrom and offers no next token', async () => {
    const history = pagedHistory(100, 10);
    const scan = await scanExecutionPages({
      fetchPage: history.fetchPage,
      maxPages: 50,
      startedFrom: new Date(NOW.getTime() - 24 * 3600_000),
    });
    expect(scan.executions).toHaveLength(24);
    expect(scan.pagesRead).toBe(3);
    expect(scan.stoppedBy).toBe('past-start');
    expect(scan.nextToken).toBeUndefined();
  });

  it('reads no more than maxPages and says so, with the token to continue', async () => {
    const history = pagedHistory(100, 10);
    const scan = await scanExecutionPages({
      fetchPage: history.fetchPage,
      maxPages: 2,
      startedFrom: new Date(NOW.getTime() - 7 * 24 * 3600_000),
    });
    expect(scan).toMatchObject({ pagesRead: 2, stoppedBy: 'page-cap', nextToken: '20' });
    expect(scan.executions).toHaveLength(20);
    expect(history.tokensSeen).toEqual([undefined, '10']);
  });

  it('keeps only accepted executions and stops after the page where enough matched', async () => {
    const history = pagedHistory(100, 10);
    const scan = await scanExecutionPages({
      fetchPage: history.fetchPage,
      startToken: '10',
      maxPages: 10,
      accept: (candidate) => candidate.name.startsWith('order-'),
      enough: 5,
    });
    expect(scan.executions.map((found) => found.name)).toEqual(['order-12', 'order-15', 'order-18', 'order-21', 'order-24', 'order-27']);
    expect(scan).toMatchObject({ pagesRead: 2, stoppedBy: 'enough', nextToken: '30' });
  });

  it('reports the end of the history', async () => {
    const history = pagedHistory(15, 10);
    const scan = await scanExecutionPages({ fetchPage: history.fetchPage, maxPages: 10 });
    expect(scan).toMatchObject({ pagesRead: 2, stoppedBy: 'exhausted' });
    expect(scan.nextToken).toBeUndefined();
    expect(scan.executions).toHaveLength(15);
  });
});
