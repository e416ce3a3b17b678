#!/usr/bin/env node
// Bundles the TypeScript CLI (lib/cli/main.ts) into plain JavaScript under dist/cli/, so `statescope`
// starts without compiling anything. `npm install` and `npm ci` run it (the `prepare` script), and
// bin/statescope.js runs it again when a source is newer than the bundle (a `git pull` without install).
//
// - `@/` imports are resolved at build time, so the CLI works from any working directory.
// - npm packages stay external (better-sqlite3 is native, `next` is started as its own process, the AWS
//   SDK loads only for the commands that call AWS) and resolve from the repo's node_modules.
// - Each command is its own chunk (code splitting), so `--help` and `timeline` load only what they run.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const CLI_OUT_DIR = path.join(ROOT, 'dist', 'cli');
/** Inputs and build time, read by bin/statescope.js to tell whether the bundle is stale. */
export const BUILD_INFO_FILE = 'build-info.json';
const ENTRY = 'statescope';
// Chunks of an earlier build, left by a rebuild: a running `statescope serve` may still import one
// lazily, so they are removed only a day after they were written (a clean build removes them all).
const OLD_CHUNK_GRACE_MS = 24 * 60 * 60_000;

/**
 * Code finds files next to itself with `new URL('../../x/', import.meta.url)`. In the bundle
 * import.meta.url is the chunk's, in dist/cli/, so each such literal is rewritten to the same target
 * relative to dist/cli/. A bare `import.meta.url` (for example, "frames from our own code") is left as
 * the chunk's own, which is what it means in the bundle.
 */
const keepSourceRelativeUrls = {
  name: 'keep-source-relative-urls',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]lib[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const contents = source.replace(/new URL\((['"])([^'"]+)\1,\s*import\.meta\.url\)/g, (_match, _quote, relative) => {
        const target = path.resolve(path.dirname(args.path), relative);
        let fromOut = path.relative(CLI_OUT_DIR, target).split(path.sep).join('/');
        if (relative.endsWith('/')) fromOut += '/';
        return `new URL(${JSON.stringify(fromOut)}, import.meta.url)`;
      });
      return { contents, loader: 'ts' };
    });
  },
};

function writeAtomically(file, contents) {
  const temporary = `${file}.tmp-${process.pid}`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

function removeOldChunks(keep) {
  const now = Date.now();
  for (const name of readdirSync(CLI_OUT_DIR)) {
    const file = path.join(CLI_OUT_DIR, name);
    if (keep.has(file) || name === BUILD_INFO_FILE) continue;
    // Another build may rename or remove files meanwhile: a file gone already needs nothing.
    const stats = statSync(file, { throwIfNoEntry: false });
    if (stats && now - stats.mtimeMs > OLD_CHUNK_GRACE_MS) rmSync(file, { force: true });
  }
}

/**
 * Builds dist/cli/. `clean` empties the folder first (the `prepare` step); a rebuild from a running
 * CLI instead replaces files one by one with renames, chunks before the entry, so another CLI
 * starting at the same moment loads either the old bundle or the new one, never half of one.
 */
export async function buildCli({ clean = false } = {}) {
  const builtAtMs = Date.now();
  if (clean) rmSync(CLI_OUT_DIR, { recursive: true, force: true });
  mkdirSync(CLI_OUT_DIR, { recursive: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { [ENTRY]: 'lib/cli/main.ts' },
    outdir: CLI_OUT_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    chunkNames: 'chunk-[name]-[hash]',
    // lib/cli/shared/enable-typescript-handlers.ts: the bundle runs on plain Node.
    define: { STATESCOPE_BUNDLED: 'true' },
    plugins: [keepSourceRelativeUrls],
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const entryFile = path.join(CLI_OUT_DIR, `${ENTRY}.js`);
  const outputs = [...result.outputFiles].sort((a, b) => Number(a.path === entryFile) - Number(b.path === entryFile));
  for (const output of outputs) writeAtomically(output.path, output.contents);
  const inputs = [...Object.keys(result.metafile.inputs), 'scripts/build-cli.mjs', 'package.json'];
  writeAtomically(path.join(CLI_OUT_DIR, BUILD_INFO_FILE), JSON.stringify({ builtAtMs, inputs }));
  if (!clean) removeOldChunks(new Set(outputs.map((output) => output.path)));
  return { files: outputs.length, inputs: inputs.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const { files, inputs } = await buildCli({ clean: true });
  console.log(
    `statescope CLI: ${inputs} sources bundled into ${files} files in ${path.relative(ROOT, CLI_OUT_DIR)}/ (${Math.round(performance.now() - started)} ms)`,
  );
}
