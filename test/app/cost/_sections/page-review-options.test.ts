import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageReviewOptions } from '@/app/cost/_sections/page-review-options';
import { AWS_LIST_PRICES } from '@/lib/cost/price-table';
import { DataSourceError } from '@/lib/aws/errors';
import { PriceConfigError } from '@/lib/cost/parse-price-config';
import { readCostReviewProgress } from '@/lib/services/cost-review-progress';
import { CountingHistoryCache } from '@/lib/services/execution-index/counting-history-cache';
import { getSharedHistoryCache } from '@/lib/services/execution-index/shared-execution-index';

// Every cost page reviews with the configured prices and memory, the process's one execution index,
// and progress reported under the page's key, where the progress bar's route reads it.

const dir = mkdtempSync(path.join(tmpdir(), 'statescope-page-review-options-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeEach(() => {
  // The shared index opens its file on first use: keep it off the working tree.
  vi.stubEnv('STATESCOPE_INDEX', ':memory:');
  vi.stubEnv('STATESCOPE_PRICES', '');
  vi.stubEnv('STATESCOPE_EXPRESS_MEMORY_MB', '');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('pageReviewOptions', () => {
  it.each(['auto', 'exact', 'sampled'] as const)('reviews in the mode the page asked for (%s)', (mode) => {
    expect(pageReviewOptions(mode, 'key').mode).toBe(mode);
  });

  it('uses AWS list prices and 64 MB Express memory when nothing is configured', () => {
    const options = pageReviewOptions('auto', 'key');
    expect(options.prices).toBe(AWS_LIST_PRICES);
    expect(options.expressMemoryMb).toBe(64);
  });

  it('reads $STATESCOPE_PRICES and $STATESCOPE_EXPRESS_MEMORY_MB each time it is called', () => {
    const prices = path.join(dir, 'prices.json');
    writeFileSync(prices, JSON.stringify({ source: 'negotiated', standard: { priceUsdPer1000Transitions: { 'us-east-1': 0.02 } } }));
    vi.stubEnv('STATESCOPE_PRICES', prices);
    vi.stubEnv('STATESCOPE_EXPRESS_MEMORY_MB', '128');
    const options = pageReviewOptions('exact', 'key');
    expect(options.prices.source).toBe('negotiated');
    expect(options.prices.standard.priceUsdPer1000TransitionsByRegion['us-east-1']).toBe(0.02);
    expect(options.expressMemoryMb).toBe(128);
  });

  it('fails with the configuration’s own error, never falling back to defaults', () => {
    vi.stubEnv('STATESCOPE_PRICES', path.join(dir, 'missing.json'));
    expect(() => pageReviewOptions('auto', 'key')).toThrow(PriceConfigError);
    vi.stubEnv('STATESCOPE_PRICES', '');
    vi.stubEnv('STATESCOPE_EXPRESS_MEMORY_MB', 'lots');
    expect(() => pageReviewOptions('auto', 'key')).toThrow(DataSourceError);
    expect(() => pageReviewOptions('auto', 'key')).toThrow("STATESCOPE_EXPRESS_MEMORY_MB must be a positive number of MB, got 'lots'.");
  });

  it('shares the one history cache of the process between pages', () => {
    const first = pageReviewOptions('auto', 'a').cache;
    expect(first).toBeInstanceOf(CountingHistoryCache);
    expect(pageReviewOptions('sampled', 'b').cache).toBe(first);
    expect(getSharedHistoryCache()).toBe(first);
  });

  it('reports progress under the page’s key only', () => {
    const key = `page-review-options-${Date.now()}`;
    const other = `${key}-other`;
    pageReviewOptions('auto', key).onProgress({ stage: 'reading', done: 3, total: 10 });
    expect(readCostReviewProgress(key)).toEqual({ stage: 'reading', done: 3, total: 10, updatedAt: expect.any(Number) });
    expect(readCostReviewProgress(other)).toBeUndefined();
    pageReviewOptions('auto', key).onProgress({ stage: 'reading', done: 10, total: 10 });
    expect(readCostReviewProgress(key)).toMatchObject({ done: 10, total: 10 });
  });
});
