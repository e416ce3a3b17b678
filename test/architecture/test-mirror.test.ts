import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, repoPath, walkFiles } from '../support/architecture/walk-files';
import { TESTED_ELSEWHERE } from './tested-elsewhere';

/**
 * test/ mirrors the source tree: the unit test of lib/a/b.ts is test/lib/a/b.test.ts, so a reader
 * finds a module's test without searching, and a move that forgets its tests fails here. Modules
 * whose behaviour only exists against a server or a process are listed in tested-elsewhere.ts with
 * the test that covers them.
 */
const MIRRORED_FOLDERS = ['lib', 'components', 'app'];
// Next.js route files are exercised by the browser tests, not imported by unit tests.
const NEXT_CONVENTION_FILE = /^(page|layout|route|loading|error|not-found|global-error|template|default)\.tsx?$/;
const HAS_LOGIC =
  /^export (default )?(async )?function|^export (abstract )?class|^export const \w+(: [^=]+)? = (async )?(\(|\w+ =>|function)/m;

function logicModules(): string[] {
  return MIRRORED_FOLDERS.flatMap((folder) => walkFiles(path.join(REPO_ROOT, folder), /\.ts$/))
    .filter((file) => !NEXT_CONVENTION_FILE.test(path.basename(file)) && !file.endsWith('.d.ts'))
    .filter((file) => HAS_LOGIC.test(readFileSync(file, 'utf8')))
    .map(repoPath)
    .sort();
}

function mirroredTests(module: string): string[] {
  const stem = `test/${module.replace(/\.tsx?$/, '')}`;
  return [`${stem}.test.ts`, `${stem}.property.test.ts`].filter((test) => existsSync(path.join(REPO_ROOT, test)));
}

describe('test/ mirrors the source tree', () => {
  it('finds the modules it checks', () => {
    expect(logicModules().length).toBeGreaterThan(200);
  });

  it('every module with logic has its test at the mirrored path, or names the test that covers it', () => {
    const missing = logicModules().filter((module) => mirroredTests(module).length === 0 && !(module in TESTED_ELSEWHERE));
    expect(missing).toEqual([]);
  });

  it('every tested-elsewhere entry is still true: the module exists, has no mirrored test, and its covering test exists', () => {
    const stale = Object.entries(TESTED_ELSEWHERE).filter(
      ([module, { test }]) =>
        !existsSync(path.join(REPO_ROOT, module)) || mirroredTests(module).length > 0 || !existsSync(path.join(REPO_ROOT, test)),
    );
    expect(stale.map(([module]) => module)).toEqual([]);
  });

  it('every unit test sits in a folder that mirrors a source folder', () => {
    const tests = MIRRORED_FOLDERS.flatMap((folder) => {
      const root = path.join(REPO_ROOT, 'test', folder);
      return existsSync(root) ? walkFiles(root, /\.test\.tsx?$/) : [];
    });
    const orphans = tests.map(repoPath).filter((test) => {
      const sourceFolder = path.join(REPO_ROOT, path.dirname(test).replace(/^test\//, ''));
      return !existsSync(sourceFolder) || !statSync(sourceFolder).isDirectory();
    });
    expect(tests.length).toBeGreaterThan(100);
    expect(orphans).toEqual([]);
  });
});
