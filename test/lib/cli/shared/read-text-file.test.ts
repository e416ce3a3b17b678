import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTextFile } from '@/lib/cli/shared/read-text-file';

const dir = mkdtempSync(join(tmpdir(), 'statescope-read-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readTextFile', () => {
  it('reads a large file with multi-byte characters across every chunk boundary, as written', async () => {
    // 3- and 4-byte characters at odd offsets land on the boundaries of any chunked read.
    const text = `{"a":"${'x€😀é'.repeat(300_000)}"}`;
    const file = join(dir, 'large.json');
    writeFileSync(file, text, 'utf8');
    expect(await readTextFile(file)).toBe(text);
  });

  it('rejects with the ENOENT code for a missing file, for the callers to name', async () => {
    await expect(readTextFile(join(dir, 'missing.json'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
