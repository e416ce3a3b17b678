import { describe, expect, it } from 'vitest';
import { readPages } from '@/lib/paging/read-pages';

/** A paged source of `count` items, `size` a page, recording the token of every call. */
function source(count: number, size: number, lastToken?: string) {
  const tokens: (string | undefined)[] = [];
  const fetchPage = async (token: string | undefined) => {
    tokens.push(token);
    const start = token ? Number(token) : 0;
    const items = Array.from({ length: Math.min(size, count - start) }, (_, i) => start + i);
    return { items, nextToken: start + size < count ? String(start + size) : lastToken };
  };
  return { fetchPage, tokens };
}

async function collect(pages: AsyncIterable<{ items: number[] }>): Promise<number[]> {
  const items: number[] = [];
  for await (const page of pages) items.push(...page.items);
  return items;
}

describe('readPages', () => {
  it.each([
    { count: 0, size: 10, calls: [undefined] },
    { count: 5, size: 10, calls: [undefined] },
    { count: 10, size: 10, calls: [undefined] },
    { count: 25, size: 10, calls: [undefined, '10', '20'] },
  ])('reads $count items in pages of $size with one call a page', async ({ count, size, calls }) => {
    const paged = source(count, size);
    expect(await collect(readPages(paged.fetchPage))).toEqual(Array.from({ length: count }, (_, i) => i));
    expect(paged.tokens).toEqual(calls);
  });

  it('starts from the given token, and treats an empty start token as none', async () => {
    const from = source(30, 10);
    expect(await collect(readPages(from.fetchPage, '20'))).toEqual(Array.from({ length: 10 }, (_, i) => 20 + i));
    expect(from.tokens).toEqual(['20']);
    const empty = source(5, 10);
    await collect(readPages(empty.fetchPage, ''));
    expect(empty.tokens).toEqual([undefined]);
  });

  it('ends on an empty next token as on a missing one', async () => {
    const paged = source(5, 10, '');
    await collect(readPages(paged.fetchPage));
    expect(paged.tokens).toEqual([undefined]);
  });

  it('fetches nothing ahead: stopping early leaves the next page unread and its token in hand', async () => {
    const paged = source(100, 10);
    let last: { nextToken?: string } | undefined;
    for await (const page of readPages(paged.fetchPage)) {
      last = page;
      if (paged.tokens.length === 2) break;
    }
    expect(paged.tokens).toEqual([undefined, '10']);
    expect(last?.nextToken).toBe('20');
  });

  it('passes a failed page on to the caller', async () => {
    const failing = async (token: string | undefined) => {
      if (token) throw new Error('page 2 failed');
      return { items: [1], nextToken: 'next' };
    };
    await expect(collect(readPages(failing))).rejects.toThrow('page 2 failed');
  });
});
