#!/usr/bin/env node
// Runs every benchmark in bench/ one after another (never in parallel: they would skew each other)
// and prints each one's JSON result. `npm run bench -- history` runs only the files matching "history".
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const benchDir = fileURLToPath(new URL('../bench/', import.meta.url));
const filter = process.argv[2] ?? '';
const files = readdirSync(benchDir)
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_') && f.includes(filter))
  .sort();

if (files.length === 0) {
  console.error(`No benchmark in bench/ matches '${filter}'.`);
  process.exit(1);
}

let failed = 0;
for (const file of files) {
  console.log(`\n== ${file} ==`);
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', `bench/${file}`], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: 'inherit',
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
