import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, walkFiles } from '../support/architecture/walk-files';

/**
 * The import graph of lib/, app/ and components/ (`@/` and relative specifiers; `import type`,
 * `export … from` and dynamic `import()` all count) has no circles between files or folders but the
 * emulator interpreter's: run-states runs a state, and Map/Parallel run states again; a Distributed
 * Map runs each item as a child execution (run-execution), which runs states again.
 */
const ROOT = REPO_ROOT;
const SOURCE_FOLDERS = ['lib', 'app', 'components'];
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];
const IMPORT_SPECIFIER = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

const INTERPRETER_FILE_CYCLE = [
  'lib/emulator/engine/run-execution.ts',
  'lib/emulator/engine/run-states.ts',
  'lib/emulator/engine/state-handlers.ts',
  'lib/emulator/engine/states/distributed-map.ts',
  'lib/emulator/engine/states/map.ts',
  'lib/emulator/engine/states/parallel.ts',
];
// The redrive plan is where a redriven run resumes: the interpreter reads it, and it reads the interpreter's types.
const INTERPRETER_FOLDER_CYCLE = ['lib/emulator/engine', 'lib/emulator/engine/redrive', 'lib/emulator/engine/states'];

const ALLOWED_FILE_CYCLES: string[][] = [INTERPRETER_FILE_CYCLE];
const ALLOWED_FOLDER_CYCLES: string[][] = [INTERPRETER_FOLDER_CYCLE];

function resolveSpecifier(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith('@/')) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier);
  else return undefined;
  if (existsSync(base) && statSync(base).isFile()) return base;
  return EXTENSIONS.map((extension) => base + extension).find((candidate) => existsSync(candidate));
}

/** Each file (relative to the repo) with the files it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of SOURCE_FOLDERS.flatMap((folder) => walkFiles(path.join(ROOT, folder), /\.tsx?$/))) {
    const imported = new Set<string>();
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT_SPECIFIER)) {
      const specifier = match[1] ?? match[2];
      const target = specifier === undefined ? undefined : resolveSpecifier(file, specifier);
      if (target !== undefined) imported.add(path.relative(ROOT, target));
    }
    graph.set(path.relative(ROOT, file), [...imported]);
  }
  return graph;
}

/** The folder graph: an edge where a file of one folder imports a file of another. */
function folderGraph(files: Map<string, string[]>): Map<string, string[]> {
  const folders = new Map<string, Set<string>>();
  for (const [file, imported] of files) {
    const from = path.dirname(file);
    const targets = folders.get(from) ?? new Set<string>();
    folders.set(from, targets);
    for (const target of imported) if (path.dirname(target) !== from) targets.add(path.dirname(target));
  }
  return new Map([...folders].map(([folder, targets]) => [folder, [...targets]]));
}

/** Strongly connected components of more than one node (Tarjan), each sorted, sorted by first node. */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    const nodeIndex = counter++;
    index.set(node, nodeIndex);
    low.set(node, nodeIndex);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      const nextIndex = index.get(next);
      if (nextIndex === undefined) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? nodeIndex, low.get(next) ?? nodeIndex));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? nodeIndex, nextIndex));
      }
    }
    if (low.get(node) !== nodeIndex) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

const sorted = (list: string[][]): string[][] =>
  list.map((cycle) => [...cycle].sort()).sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));

describe('import cycles in lib/, app/ and components/', () => {
  const files = importGraph();

  it('reads the source folders', () => {
    expect(files.size).toBeGreaterThan(100);
    expect(files.get('lib/emulator/engine/run-states.ts')).toContain('lib/emulator/engine/state-handlers.ts');
  });

  it('has no file cycle but the interpreter recursion', () => {
    expect(cycles(files)).toEqual(sorted(ALLOWED_FILE_CYCLES));
  });

  it('has no folder cycle but the interpreter: engine, engine/redrive, engine/states', () => {
    expect(cycles(folderGraph(files))).toEqual(sorted(ALLOWED_FOLDER_CYCLES));
  });
});
