import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirInUseError } from '@/lib/emulator/store/lock-data-dir';
import { openEmulatorStore } from '@/lib/emulator/store/open-emulator-store';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function freshDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'statescope-lock-'));
  dirs.push(dir);
  return dir;
}

describe('data folder lock', () => {
  it('refuses a second store on a folder that is open, and allows it again after close', () => {
    const dir = freshDir();
    const first = openEmulatorStore(dir);
    expect(() => openEmulatorStore(dir)).toThrow(DataDirInUseError);
    first.close();
    expect(existsSync(path.join(dir, 'emulator.lock'))).toBe(false);
    openEmulatorStore(dir).close();
  });

  it('refuses a folder locked by another live process', () => {
    const dir = freshDir();
    writeFileSync(path.join(dir, 'emulator.lock'), String(process.ppid));
    expect(() => openEmulatorStore(dir)).toThrow(`in use by another emulator (process ${process.ppid})`);
  });

  it('takes over a lock left by a process that no longer exists', () => {
    const dir = freshDir();
    writeFileSync(path.join(dir, 'emulator.lock'), '4194000');
    const store = openEmulatorStore(dir);
    store.close();
  });
});
