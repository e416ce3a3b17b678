import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StatusFilter } from '@/components/executions/status-filter';
import { ChildStatusNav } from '@/components/map-runs/child-status-nav';
import type { MapRunCounts } from '@/lib/map-runs/types';

const MACHINE = 'arn:aws:states:us-east-1:123456789012:stateMachine:orders';
const RUN = 'arn:aws:states:us-east-1:123456789012:mapRun:orders/Items:run-1';

function counts(pendingRedrive?: number): MapRunCounts {
  return { pending: 0, running: 2, succeeded: 1_206, failed: 3, timedOut: 1, aborted: 0, total: 1_212, resultsWritten: 0, pendingRedrive };
}

/** Each link as [text, href, aria-current], in order. */
function links(html: string): [string, string, string | undefined][] {
  return [...html.matchAll(/<a( aria-current="page")? class="[^"]*" href="([^"]*)">(.*?)<\/a>/g)].map((match) => [
    match[3]!.replace(/<[^>]+>/g, ' ').trim(),
    match[2]!.replaceAll('&amp;', '&'),
    match[1] && 'page',
  ]);
}

describe('StatusFilter', () => {
  it('is a navigation of plain status links to the first page, the filter in use marked current', () => {
    const html = renderToStaticMarkup(
      createElement(StatusFilter, { stateMachineArn: MACHINE, query: { status: 'FAILED', nextToken: 'token', name: 'n' } }),
    );
    expect(html).toMatch(/^<nav aria-label="Filter by status" class="flex flex-wrap gap-1">/);
    const list = `/state-machines/${encodeURIComponent(MACHINE)}`;
    expect(links(html)).toEqual([
      ['All', `${list}?name=n`, undefined],
      ['Running', `${list}?status=RUNNING&name=n`, undefined],
      ['Succeeded', `${list}?status=SUCCEEDED&name=n`, undefined],
      ['Failed', `${list}?status=FAILED&name=n`, 'page'],
      ['Timed out', `${list}?status=TIMED_OUT&name=n`, undefined],
      ['Aborted', `${list}?status=ABORTED&name=n`, undefined],
    ]);
    expect(html).toContain('class="rounded-md px-2.5 py-1 text-xs font-medium text-zinc-600 hover:bg-zinc-100');
    expect(html).toContain('class="rounded-md px-2.5 py-1 text-xs font-medium bg-zinc-900 text-white');
  });
});

describe('ChildStatusNav', () => {
  const page = `/map-runs/${encodeURIComponent(RUN)}`;

  it('links every child status with its count, failed first, and pending redrive only when some are', () => {
    const html = renderToStaticMarkup(createElement(ChildStatusNav, { mapRunArn: RUN, counts: counts(0) }));
    expect(html).toMatch(/^<nav aria-label="Filter child executions by status" class="flex flex-wrap gap-1">/);
    expect(links(html)).toEqual([
      ['All, failed first 1,212', page, 'page'],
      ['Failed 3', `${page}?status=FAILED`, undefined],
      ['Timed out 1', `${page}?status=TIMED_OUT`, undefined],
      ['Aborted 0', `${page}?status=ABORTED`, undefined],
      ['Running 2', `${page}?status=RUNNING`, undefined],
      ['Succeeded 1,206', `${page}?status=SUCCEEDED`, undefined],
    ]);
    // The counts are drawn at 80 % opacity, so the idle links use the darker text.
    expect(html).toContain('<span class="ml-1 tabular-nums opacity-80">1,212</span>');
    expect(html).toContain('class="rounded-md px-2.5 py-1 text-xs font-medium text-zinc-700 hover:bg-zinc-100');
    expect(html).not.toContain('text-zinc-600');

    const pending = renderToStaticMarkup(createElement(ChildStatusNav, { mapRunArn: RUN, counts: counts(4) }));
    expect(links(pending).at(-1)).toEqual(['Pending redrive 4', `${page}?status=PENDING_REDRIVE`, undefined]);
  });

  it('keeps the pending redrive link while it is the filter in use, even with none counted', () => {
    const html = renderToStaticMarkup(createElement(ChildStatusNav, { mapRunArn: RUN, status: 'PENDING_REDRIVE', counts: counts() }));
    expect(links(html).at(-1)).toEqual(['Pending redrive', `${page}?status=PENDING_REDRIVE`, 'page']);
    expect(links(html)[0]?.[2]).toBeUndefined();
  });
});
