import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { SqliteExecutionIndexStore } from '@/lib/execution-index/sqlite/sqlite-execution-index-store';
import { CountingHistoryCache } from '@/lib/services/execution-index/counting-history-cache';
import {
  DEFAULT_INDEX_FILE,
  getSharedExecutionIndex,
  getSharedHistoryCache,
  INDEX_FILE_VARIABLE,
  resolveIndexFile,
} from '@/lib/services/execution-index/shared-execution-index';

const SHARED = Symbol.for('statescope.executionIndex');
type GlobalWithIndex = typeof globalThis & { [SHARED]?: { store: { close(): Promise<void> } } };
const scope = globalThis as GlobalWithIndex;

const dir = mkdtempSync(path.join(tmpdir(), 'statescope-shared-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

afterEach(async () => {
  await scope[SHARED]?.store.close();
  delete scope[SHARED];
  vi.unstubAllEnvs();
});

describe('getSharedExecutionIndex: one execution index per process', () => {
  it('is set by STATESCOPE_INDEX, default .statescope/index.db', () => {
    expect(INDEX_FILE_VARIABLE).toBe('STATESCOPE_INDEX');
    expect(DEFAULT_INDEX_FILE).toBe(path.join('.statescope', 'index.db'));
  });

  it('resolves the variable (trimmed) against the working directory, and falls back to the default', () => {
    expect(resolveIndexFile({ STATESCOPE_INDEX: '  data/index.db ' })).toBe(path.resolve('data/index.db'));
    expect(resolveIndexFile({ STATESCOPE_INDEX: '/abs/index.db' })).toBe('/abs/index.db');
    expect(resolveIndexFile({ STATESCOPE_INDEX: '  ' })).toBe(path.resolve(DEFAULT_INDEX_FILE));
    expect(resolveIndexFile({})).toBe(path.resolve(DEFAULT_INDEX_FILE));
    expect(resolveIndexFile({ STATESCOPE_INDEX: ':memory:' })).toBe(':memory:');
  });

  it('opens the file $STATESCOPE_INDEX names, creating its folder, once per process', () => {
    const file = path.join(dir, 'nested', 'index.db');
    vi.stubEnv(INDEX_FILE_VARIABLE, file);
    const first = getSharedExecutionIndex();
    expect(first).toBeInstanceOf(SqliteExecutionIndexStore);
    expect(existsSync(file)).toBe(true);
    vi.stubEnv(INDEX_FILE_VARIABLE, path.join(dir, 'other.db'));
    expect(getSharedExecutionIndex()).toBe(first);
    expect(existsSync(path.join(dir, 'other.db'))).toBe(false);
  });

  it('shares the index and its counted history cache between module copies (the app may bundle this module more than once)', async () => {
    vi.stubEnv(INDEX_FILE_VARIABLE, ':memory:');
    const store = getSharedExecutionIndex();
    const cache = getSharedHistoryCache();
    expect(cache).toBeInstanceOf(CountingHistoryCache);
    expect(cache.store).toBe(store);
    vi.resetModules();
    const copy = await import('@/lib/services/execution-index/shared-execution-index');
    expect(copy.getSharedExecutionIndex).not.toBe(getSharedExecutionIndex);
    expect(copy.getSharedExecutionIndex()).toBe(store);
    expect(copy.getSharedHistoryCache()).toBe(cache);
  });

  it('says which variable to change when the file cannot be used, and tries again on the next call', () => {
    const file = path.join(dir, 'garbage', 'index.db');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, Buffer.alloc(4096, 1));
    vi.stubEnv(INDEX_FILE_VARIABLE, file);
    expect(() => getSharedExecutionIndex()).toThrow(`The execution index ${file} is not an SQLite database`);
    expect(() => getSharedExecutionIndex()).toThrow('(STATESCOPE_INDEX sets which file the index uses.)');
    rmSync(file);
    expect(getSharedExecutionIndex()).toBeInstanceOf(SqliteExecutionIndexStore);
  });
});
