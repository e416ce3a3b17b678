import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The repository root, found from this file so the architecture tests work from any directory. */
export const REPO_ROOT = path.resolve(__dirname, '../../..');

/** Every file under `folder` (absolute paths) whose name matches `pattern`, skipping node_modules. */
export function walkFiles(folder: string, pattern: RegExp): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    const full = path.join(folder, entry);
    if (statSync(full).isDirectory()) found.push(...walkFiles(full, pattern));
    else if (pattern.test(entry)) found.push(full);
  }
  return found;
}

/** A path relative to the repository root, with forward slashes. */
export function repoPath(absolute: string): string {
  return path.relative(REPO_ROOT, absolute).split(path.sep).join('/');
}
