import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const LOCK_FILE_NAME = 'emulator.lock';
const lockedHere = new Set<string>();

/** Thrown when another live emulator already serves the data folder. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`the data folder ${dataDir} is in use by another emulator (process ${pid}); stop it or choose another --data folder`);
    this.name = 'DataDirInUseError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims `dataDir` for this emulator and returns the release function. Two emulators on one folder would
 * each treat the other's RUNNING executions as interrupted on start, so the second one is refused.
 * A lock left by a dead process is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const folder = path.resolve(dataDir);
  const file = path.join(folder, LOCK_FILE_NAME);
  if (lockedHere.has(folder)) throw new DataDirInUseError(folder, process.pid);
  let holder: number | undefined;
  try {
    holder = Number(readFileSync(file, 'utf8').trim());
  } catch {
    holder = undefined;
  }
  if (holder && holder !== process.pid && isAlive(holder)) throw new DataDirInUseError(folder, holder);
  writeFileSync(file, String(process.pid));
  lockedHere.add(folder);
  return () => {
    lockedHere.delete(folder);
    rmSync(file, { force: true });
  };
}
