import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_FLAGS_DIR_ENV, isDemoFlagSet } from '@/lib/seeds/support/demo-flag';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('isDemoFlagSet', () => {
  it('is set only when the flag file exists in the folder the environment names', () => {
    dir = mkdtempSync(join(tmpdir(), 'statescope-flags-'));
    const env = { [DEMO_FLAGS_DIR_ENV]: dir };
    expect(isDemoFlagSet('fixed', env)).toBe(false);
    writeFileSync(join(dir, 'fixed'), '');
    expect(isDemoFlagSet('fixed', env)).toBe(true);
    expect(isDemoFlagSet('other', env)).toBe(false);
  });

  it('is never set when no folder is named, whatever is in the working directory', () => {
    expect(isDemoFlagSet('package.json', {})).toBe(false);
    expect(isDemoFlagSet('package.json', { [DEMO_FLAGS_DIR_ENV]: '' })).toBe(false);
  });
});
