#!/usr/bin/env node
// Entry point that plain `node` runs on a fresh clone: tsx compiles the TypeScript CLI on the fly,
// so there is no separate build step to remember.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../lib/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
