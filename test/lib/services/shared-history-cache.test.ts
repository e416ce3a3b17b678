import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CACHE_FILE, HistoryCache } from '@/lib/services/history-cache';
import { CACHE_FILE_VARIABLE, getSharedHistoryCache } from '@/lib/services/shared-history-cache';

const SHARED = Symbol.for('statescope.historyCache');
type GlobalWithCache = typeof globalThis & { [SHARED]?: HistoryCache };
const scope = globalThis as GlobalWithCache;

const dir = mkdtempSync(path.join(tmpdir(), 'statescope-shared-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Closes and forgets the process's cache, so each test starts without one. */
function forgetSharedCache(): void {
  scope[SHARED]?.close();
  delete scope[SHARED];
}

afterEach(() => {
  forgetSharedCache();
  vi.unstubAllEnvs();
});

describe('getSharedHistoryCache: one history cache per process', () => {
  it('is set by STATESCOPE_HISTORY_CACHE', () => {
    expect(CACHE_FILE_VARIABLE).toBe('STATESCOPE_HISTORY_CACHE');
  });

  it('opens the file $STATESCOPE_HISTORY_CACHE names (trimmed), creating its folder', () => {
    const file = path.join(dir, 'nested', 'histories.sqlite');
    vi.stubEnv(CACHE_FILE_VARIABLE, `  ${file} `);
    const cache = getSharedHistoryCache();
    expect(cache).toBeInstanceOf(HistoryCache);
    expect(cache.file).toBe(file);
  });

  it('returns the same cache on every call, even after the variable changes', () => {
    vi.stubEnv(CACHE_FILE_VARIABLE, path.join(dir, 'first.sqlite'));
    const first = getSharedHistoryCache();
    vi.stubEnv(CACHE_FILE_VARIABLE, path.join(dir, 'second.sqlite'));
    expect(getSharedHistoryCache()).toBe(first);
    expect(first.file).toBe(path.join(dir, 'first.sqlite'));
  });

  it('shares the cache between module copies (the app may bundle this module more than once)', async () => {
    vi.stubEnv(CACHE_FILE_VARIABLE, ':memory:');
    const first = getSharedHistoryCache();
    vi.resetModules();
    const copy = await import('@/lib/services/shared-history-cache');
    expect(copy.getSharedHistoryCache).not.toBe(getSharedHistoryCache);
    expect(copy.getSharedHistoryCache()).toBe(first);
  });

  it.each([[undefined], ['  ']])(
    `falls back to ${DEFAULT_CACHE_FILE}, relative to the working directory, when the variable is %j`,
    (value) => {
      const cwd = process.cwd();
      const workDir = mkdtempSync(path.join(dir, 'cwd-'));
      vi.stubEnv(CACHE_FILE_VARIABLE, value);
      process.chdir(workDir);
      try {
        expect(getSharedHistoryCache().file).toBe(DEFAULT_CACHE_FILE);
        expect(existsSync(path.join(workDir, DEFAULT_CACHE_FILE))).toBe(true);
      } finally {
        process.chdir(cwd);
      }
    },
  );
});
