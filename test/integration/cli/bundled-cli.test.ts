import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateStateMachineCommand, DescribeExecutionCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../e2e/support/find-free-port';

// bin/statescope.js runs the CLI bundled by scripts/build-cli.mjs into dist/cli/ (built by `npm install`'s
// `prepare` step, or by the bin itself when a source is newer): plain JavaScript, from any directory.
const ROOT = process.cwd();
const BIN = join(ROOT, 'bin', 'statescope.js');
const OUT_DIR = join(ROOT, 'dist', 'cli');
const BUILD_INFO = join(OUT_DIR, 'build-info.json');
const FIXTURE = join(ROOT, 'test', 'fixtures', 'history', 'order-payment-caught.json');
const elsewhere = mkdtempSync(join(tmpdir(), 'statescope-bundled-'));

function run(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: elsewhere, encoding: 'utf8', timeout: 120_000 });
}

function readBuildInfo(): { builtAtMs: number; inputs: string[] } {
  return JSON.parse(readFileSync(BUILD_INFO, 'utf8')) as { builtAtMs: number; inputs: string[] };
}

/** Every file the bundle's `file` loads before running (static imports, followed through chunks). */
function staticImports(file: string, seen = new Set<string>()): Set<string> {
  const text = readFileSync(join(OUT_DIR, file), 'utf8');
  for (const [, from, sideEffect] of text.matchAll(/^(?:import|export)\s[^;]*?from\s*"([^"]+)";?$|^import\s*"([^"]+)";?$/gms)) {
    const specifier = from ?? sideEffect;
    if (!specifier || seen.has(specifier)) continue;
    seen.add(specifier);
    if (specifier.startsWith('./')) staticImports(specifier.slice(2), seen);
  }
  return seen;
}

/** The chunk `statescope.js` loads for a command, from its lazy `import("./chunk-….js")`. */
function commandChunk(command: string): string {
  const entry = readFileSync(join(OUT_DIR, 'statescope.js'), 'utf8');
  const match = new RegExp(`\\b${command}: \\{[^}]*?import\\("\\./([^"]+)"\\)`, 's').exec(entry);
  if (!match?.[1]) throw new Error(`no chunk for ${command} in statescope.js`);
  return match[1];
}

beforeAll(() => {
  // Makes sure dist/cli/ is current (the bin rebuilds a stale bundle before running).
  expect(run(['--help']).status).toBe(0);
}, 120_000);

afterAll(() => rmSync(elsewhere, { recursive: true, force: true }));

describe('the bundled CLI', () => {
  it('--help loads only our own chunks and Node built-ins: no TypeScript compiler, AWS SDK, Next.js or SQLite', () => {
    const loaded = [...staticImports('statescope.js')];
    expect(loaded.filter((specifier) => !specifier.startsWith('./') && !specifier.startsWith('node:'))).toEqual([]);
  });

  it('timeline loads no npm package either (reading a history needs none)', () => {
    const loaded = [...staticImports(commandChunk('timeline'))];
    expect(loaded.filter((specifier) => !specifier.startsWith('./') && !specifier.startsWith('node:'))).toEqual([]);
  });

  it('timeline runs from another directory, with the same document as the TypeScript sources', () => {
    const bundled = run(['timeline', FIXTURE, '--json']);
    expect(bundled.stderr).toBe('');
    expect(bundled.status).toBe(0);
    const fromSources = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `
      const { runTimelineCommand } = await import(${JSON.stringify(join(ROOT, 'lib', 'cli', 'commands', 'timeline.ts'))});
      process.exitCode = await runTimelineCommand([${JSON.stringify(FIXTURE)}, '--json']);
    `,
        '--input-type=module',
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
    );
    expect(fromSources.status).toBe(0);
    expect(JSON.parse(bundled.stdout)).toEqual(JSON.parse(fromSources.stdout));
  }, 120_000);

  it('a bundle older than its sources is rebuilt before the command runs, quietly', () => {
    const info = readBuildInfo();
    const temporary = `${BUILD_INFO}.test-${process.pid}`;
    writeFileSync(temporary, JSON.stringify({ ...info, builtAtMs: 0 }));
    renameSync(temporary, BUILD_INFO);
    const result = run(['--help']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('statescope timeline');
    expect(readBuildInfo().builtAtMs).toBeGreaterThan(0);
  }, 120_000);

  it('records every source it was built from, so editing any of them makes it stale', () => {
    const { inputs } = readBuildInfo();
    expect(inputs).toEqual(
      expect.arrayContaining([
        'lib/cli/main.ts',
        'lib/cli/commands/timeline.ts',
        'lib/history/build-execution-timeline.ts',
        'scripts/build-cli.mjs',
      ]),
    );
    expect(inputs.filter((input) => input.includes('node_modules'))).toEqual([]);
  });
});

describe('a checkout whose bundle is missing or cannot be built', () => {
  // A copy of what the CLI is built from, sharing the repo's node_modules, so the repo's own dist/ is untouched.
  const checkout = join(elsewhere, 'checkout');
  beforeAll(() => {
    for (const entry of ['bin', 'lib', 'scripts', 'package.json', 'tsconfig.json'])
      cpSync(join(ROOT, entry), join(checkout, entry), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(checkout, 'node_modules'));
  });
  const runIn = (args: string[]) =>
    spawnSync(process.execPath, [join(checkout, 'bin', 'statescope.js'), ...args], { cwd: elsewhere, encoding: 'utf8', timeout: 120_000 });

  it('builds the missing bundle on first run, then runs it', () => {
    expect(existsSync(join(checkout, 'dist'))).toBe(false);
    const result = runIn(['timeline', FIXTURE]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Execution SUCCEEDED');
    expect(existsSync(join(checkout, 'dist', 'cli', 'statescope.js'))).toBe(true);
  }, 120_000);

  it('runs the TypeScript sources through tsx, saying so on one stderr line, when the build fails', () => {
    writeFileSync(join(checkout, 'scripts', 'build-cli.mjs'), "throw new Error('esbuild is missing');\n");
    const result = runIn(['timeline', FIXTURE, '--json']);
    expect(result.stderr).toBe(
      'statescope: could not build the CLI bundle (esbuild is missing); running the TypeScript sources through tsx\n',
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveProperty('status', 'SUCCEEDED');
  }, 120_000);
});

describe('the bundled emulator', () => {
  let emulator: ReturnType<typeof spawn> | undefined;
  afterAll(() => {
    emulator?.kill('SIGTERM');
  });

  it('runs Lambda handlers written in TypeScript, the seed handlers and those of --handlers DIR', async () => {
    const handlers = join(elsewhere, 'handlers');
    mkdirSync(handlers);
    writeFileSync(join(handlers, 'package.json'), '{ "type": "module" }');
    writeFileSync(
      join(handlers, 'double.ts'),
      'export const handler = async (event: { n: number }): Promise<{ doubled: number }> => ({ doubled: event.n * 2 });\n',
    );
    const port = await findFreePort();
    emulator = spawn(
      process.execPath,
      [BIN, 'emulator', '--port', String(port), '--data', join(elsewhere, 'data'), '--handlers', handlers],
      {
        cwd: elsewhere,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    emulator.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    emulator.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + 60_000;
    while (!output.includes('listening on')) {
      if (Date.now() > deadline || emulator.exitCode !== null) throw new Error(`the emulator did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    const client = new SFNClient({
      endpoint: `http://127.0.0.1:${port}`,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
    const lambda = (name: string) => `arn:aws:lambda:us-east-1:123456789012:function:${name}`;
    const { stateMachineArn } = await client.send(
      new CreateStateMachineCommand({
        name: 'typescript-handlers',
        roleArn: 'arn:aws:iam::123456789012:role/statescope',
        definition: JSON.stringify({
          StartAt: 'Double',
          States: {
            Double: { Type: 'Task', Resource: lambda('double'), ResultPath: '$.double', Next: 'Name' },
            Name: { Type: 'Task', Resource: lambda('checkName'), InputPath: '$.student', ResultPath: '$.student', End: true },
          },
        }),
      }),
    );
    const { executionArn } = await client.send(
      new StartExecutionCommand({ stateMachineArn, input: JSON.stringify({ n: 21, student: { name: '  Ada   Lovelace ' } }) }),
    );
    let described = await client.send(new DescribeExecutionCommand({ executionArn }));
    while (described.status === 'RUNNING' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      described = await client.send(new DescribeExecutionCommand({ executionArn }));
    }
    expect(described.cause ?? '').toBe('');
    expect(described.status).toBe('SUCCEEDED');
    expect(JSON.parse(described.output ?? 'null')).toEqual({ n: 21, double: { doubled: 42 }, student: { name: 'Ada Lovelace' } });
  }, 120_000);
});
