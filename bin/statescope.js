#!/usr/bin/env node
// Entry point that plain `node` runs on a fresh clone: tsx compiles the TypeScript CLI on the fly,
// so there is no separate build step to remember.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// The `@/` import alias lives in the repo's tsconfig; name it, or tsx looks in the working directory.
register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { runCli } = await import('../lib/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
