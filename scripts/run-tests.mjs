#!/usr/bin/env node
// `npm test`: Vitest (unit, integration, end-to-end) and the static checks (typecheck, lint, format)
// side by side. The end-to-end project runs its files one at a time and waits on Chromium, leaving a
// core idle most of the time; the checks, started at a lower CPU priority, fill it instead of adding
// two minutes before the first test. Their output is printed after Vitest's, and any failure fails
// the run.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const niceAvailable = existsSync('/usr/bin/nice') || existsSync('/bin/nice');

const CHECKS = [
  { name: 'typecheck', command: bin('tsc'), args: ['--noEmit'] },
  { name: 'lint', command: bin('eslint'), args: ['.'] },
  { name: 'format check', command: bin('prettier'), args: ['--check', '--cache', '.'] },
];

/** Runs a command, keeping its output; resolves with the exit code and that output. */
function runQuietly({ name, command, args }) {
  const startedAt = Date.now();
  const [file, argv] = niceAvailable ? ['nice', ['-n', '10', command, ...args]] : [command, args];
  return new Promise((resolve) => {
    const child = spawn(file, argv, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('error', (error) => resolve({ name, code: 1, output: `${name} could not start: ${error.message}\n`, seconds: 0 }));
    child.on('close', (code, signal) =>
      resolve({
        name,
        code: code ?? 1,
        output: Buffer.concat(chunks).toString() + (signal ? `${name} was ended by ${signal}\n` : ''),
        seconds: (Date.now() - startedAt) / 1000,
      }),
    );
  });
}

function runVitest(extraArgs) {
  return new Promise((resolve) => {
    const child = spawn(bin('vitest'), ['run', ...extraArgs], { cwd: root, stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } });
    child.on('error', (error) => {
      console.error(`Vitest could not start: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const vitest = runVitest(process.argv.slice(2));
const checks = Promise.all(CHECKS.map(runQuietly));
const [vitestCode, results] = await Promise.all([vitest, checks]);

console.log('\nStatic checks (run beside Vitest):');
for (const result of results) {
  const verdict = result.code === 0 ? 'passed' : `FAILED (exit ${result.code})`;
  console.log(`- ${result.name}: ${verdict} in ${result.seconds.toFixed(1)} s`);
  if (result.code !== 0) console.log(result.output.trimEnd().replace(/^/gm, '    '));
}
const failed = results.filter((result) => result.code !== 0).map((result) => result.name);
if (vitestCode !== 0) failed.unshift('Vitest');
if (failed.length > 0) {
  console.error(`\nnpm test failed: ${failed.join(', ')}.`);
  process.exit(1);
}
console.log('\nnpm test passed: Vitest and every static check.');
