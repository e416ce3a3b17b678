import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openExecutionArchive } from '@/app/executions/[arn]/_sections/open-execution-archive';
import { SqliteExecutionIndexStore } from '@/lib/execution-index/sqlite/sqlite-execution-index-store';

describe('openExecutionArchive', () => {
  const saved = process.env.STATESCOPE_INDEX;
  const dir = mkdtempSync(join(tmpdir(), 'statescope-archive-'));
  afterEach(() => {
    if (saved === undefined) delete process.env.STATESCOPE_INDEX;
    else process.env.STATESCOPE_INDEX = saved;
  });

  it('opens nothing while there is no index file, then the index once it exists, once per process', async () => {
    const file = join(dir, 'index.db');
    process.env.STATESCOPE_INDEX = file;
    expect(openExecutionArchive()).toBeUndefined();
    await new SqliteExecutionIndexStore(file).close();
    const archive = openExecutionArchive();
    expect(archive).toBeDefined();
    expect(openExecutionArchive()).toBe(archive);
    expect(await archive?.getExecution('s', 'arn:aws:states:us-east-1:1:execution:M:none')).toBeUndefined();
    rmSync(dir, { recursive: true, force: true });
  });
});
