import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, repoPath, walkFiles } from '../support/architecture/walk-files';

/**
 * The repository documents itself: no file cites a document that is not in it, names a machine's
 * absolute path, or reaches for ../shared, except the one module through which the corpus tests
 * find the recordings made against real AWS (they stay outside the repo).
 */
const CHECKED_FOLDERS = ['app', 'components', 'lib', 'bin', 'bench', 'docs', 'test', '.ci'];
const CHECKED_ROOT_FILES = ['README.md', 'package.json', 'next.config.mjs', 'eslint.config.mjs', 'vitest.config.ts', 'tsconfig.json'];
const CORPUS_LOCATOR = 'test/support/corpus/shared-corpus.ts';
const TEXT_FILE = /\.(ts|tsx|js|mjs|cjs|json|md|css)$|^run$/;

const RELATIVE_SHARED = /['"`]((?:\.\.\/)+shared)(?=[/'"`])/g;

/** A relative `../shared` literal in code that, from the file's folder, leaves the repository. */
function reachesOutside(file: string, text: string): boolean {
  if (file.endsWith('.md')) return false; // the README says where the recordings live; it reads nothing
  return [...text.matchAll(RELATIVE_SHARED)].some(([, relative]) =>
    path.relative(REPO_ROOT, path.resolve(REPO_ROOT, path.dirname(file), relative ?? '')).startsWith('..'),
  );
}

const FORBIDDEN: { rule: string; breaks: (file: string, text: string) => boolean }[] = [
  { rule: 'cites aws-facts, a document outside the repo', breaks: (_, text) => /aws-facts/.test(text) },
  { rule: 'names an absolute path of this machine', breaks: (_, text) => /\/work\/|\/root\/|\/home\/[a-z]/.test(text) },
  { rule: 'reads ../shared (only the corpus locator may)', breaks: reachesOutside },
];

function checkedFiles(): string[] {
  const inFolders = CHECKED_FOLDERS.flatMap((folder) => walkFiles(path.join(REPO_ROOT, folder), TEXT_FILE));
  return [...inFolders, ...CHECKED_ROOT_FILES.map((file) => path.join(REPO_ROOT, file))].map(repoPath);
}

describe('paths outside the repository', () => {
  it('finds the files it checks', () => {
    expect(checkedFiles().length).toBeGreaterThan(300);
  });

  it.each(FORBIDDEN)('no file $rule', ({ breaks }) => {
    const exempt = new Set([CORPUS_LOCATOR, 'test/architecture/paths-outside-repo.test.ts']);
    const offenders = checkedFiles().filter((file) => !exempt.has(file) && breaks(file, readFileSync(path.join(REPO_ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the corpus locator resolves ../shared from its own file, not the working directory', () => {
    const text = readFileSync(path.join(REPO_ROOT, CORPUS_LOCATOR), 'utf8');
    expect(text).toMatch(/import\.meta\.url/);
    expect(text).not.toMatch(/process\.cwd\(\)/);
  });
});
