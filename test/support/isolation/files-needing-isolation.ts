import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Unit and integration test files share one module graph per project (Vitest's `isolate: false`)
 * because importing the same modules again for every file was most of their time. A file that replaces a module,
 * the clock, the environment or a global keeps a fresh graph of its own, so what it changes cannot
 * reach the next file: these markers pick those files out, and a new test using one is isolated
 * without anyone keeping a list.
 */
const GLOBAL_STATE_MARKERS: readonly RegExp[] = [
  /\bvi\.(mock|doMock|unmock|resetModules|stubEnv|stubGlobal|useFakeTimers|setSystemTime|spyOn)\(/,
  /\bprocess\.env(\.\w+|\[[^\]]+\])\s*=(?!=)/,
  /\bdelete\s+process\.env\b/,
  /\bprocess\.env\s*=(?!=)/,
  /\bObject\.assign\(\s*process\.env\b/,
  /\bglobalThis\.\w+\s*=(?!=)/,
];

export function touchesGlobalState(source: string): boolean {
  return GLOBAL_STATE_MARKERS.some((marker) => marker.test(source));
}

/** Test files under `directory` (relative to `root`, `/`-separated) whose source matches a marker. */
export function filesNeedingIsolation(root: string, directory: string, skip: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const relativePath = relative(root, path).split('\\').join('/');
      if (skip.some((prefix) => relativePath.startsWith(prefix))) continue;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.test.ts') && touchesGlobalState(readFileSync(path, 'utf8'))) found.push(relativePath);
    }
  };
  walk(join(root, directory));
  return found.sort();
}
