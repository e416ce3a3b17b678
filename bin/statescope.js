#!/usr/bin/env node
// Runs the CLI as plain JavaScript: scripts/build-cli.mjs bundles lib/cli/ into dist/cli/ on
// `npm install` / `npm ci` (the `prepare` script), so nothing is compiled at start. When the bundle is
// missing or a source is newer than it (a `git pull` without `npm install`), it is rebuilt first
// (about a second); if that fails, tsx runs the TypeScript sources, as before the bundle existed.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const bundle = new URL('../dist/cli/statescope.js', import.meta.url);

/** Whether dist/cli/ was built after every file it was built from was last changed. */
function isBundleFresh() {
  let info;
  try {
    info = JSON.parse(readFileSync(new URL('../dist/cli/build-info.json', import.meta.url), 'utf8'));
  } catch {
    return false;
  }
  for (const input of info.inputs) {
    const stats = statSync(root + input, { throwIfNoEntry: false });
    if (!stats || stats.mtimeMs > info.builtAtMs) return false;
  }
  return true;
}

async function loadCli() {
  if (!isBundleFresh()) {
    try {
      const { buildCli } = await import('../scripts/build-cli.mjs');
      await buildCli();
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      console.error(`statescope: could not build the CLI bundle (${reason}); running the TypeScript sources through tsx`);
      const { register } = await import('tsx/esm/api');
      // The `@/` import alias lives in the repo's tsconfig; name it, or tsx looks in the working directory.
      register({ tsconfig: `${root}tsconfig.json` });
      return import('../lib/cli/main.ts');
    }
  }
  return import(bundle.href);
}

const { runCli } = await loadCli();
process.exitCode = await runCli(process.argv.slice(2));
