import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MissingIndexError, openIndexFile, resolveIndexFile } from '@/lib/cli/commands/open-index-file';

describe('resolveIndexFile', () => {
  it('prefers --index, then $STATESCOPE_INDEX, then .statescope/index.db, all made absolute', () => {
    expect(resolveIndexFile('a.db', { STATESCOPE_INDEX: '/x/b.db' })).toBe(path.resolve('a.db'));
    expect(resolveIndexFile(undefined, { STATESCOPE_INDEX: '/x/b.db' })).toBe('/x/b.db');
    expect(resolveIndexFile(undefined, { STATESCOPE_INDEX: ' ' })).toBe(path.resolve('.statescope', 'index.db'));
  });
});

describe('openIndexFile', () => {
  it('refuses a missing file instead of creating an empty index', async () => {
    await expect(openIndexFile('/nonexistent/index.db')).rejects.toBeInstanceOf(MissingIndexError);
  });

  it('refuses a folder', async () => {
    await expect(openIndexFile(process.cwd())).rejects.toThrow(`the index ${process.cwd()} is not a file`);
  });
});
