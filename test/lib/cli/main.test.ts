import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { parseArgs as sharedParseArgs } from '@/lib/cli/shared/parse-args';
import { parseArgs, runCli } from '@/lib/cli/main';

// Each command is replaced by a fake: these tests are about dispatch, not about what the commands do.
const commands = vi.hoisted(() => ({
  emulator: vi.fn<(argv: string[]) => Promise<number>>(),
  demo: vi.fn<(argv: string[]) => Promise<number>>(),
  serve: vi.fn<(argv: string[]) => Promise<number>>(),
  timeline: vi.fn<(argv: string[]) => Promise<number>>(),
  cost: vi.fn<(argv: string[]) => Promise<number>>(),
  search: vi.fn<(argv: string[]) => Promise<number>>(),
  errors: vi.fn<(argv: string[]) => Promise<number>>(),
}));
vi.mock('@/lib/cli/commands/emulator', () => ({ runEmulatorCommand: commands.emulator }));
vi.mock('@/lib/cli/commands/demo', () => ({ runDemoCommand: commands.demo }));
vi.mock('@/lib/cli/commands/serve', () => ({ runServeCommand: commands.serve }));
vi.mock('@/lib/cli/commands/timeline', () => ({ runTimelineCommand: commands.timeline }));
vi.mock('@/lib/cli/commands/cost', () => ({ runCostCommand: commands.cost }));
vi.mock('@/lib/cli/commands/search', () => ({ runSearchCommand: commands.search }));
vi.mock('@/lib/cli/commands/errors', () => ({ runErrorsCommand: commands.errors }));

const USAGE = [
  'Usage:',
  '  statescope emulator [--port 8083] [--host 127.0.0.1] [--data DIR] [--handlers DIR] [--time-scale N] [--throttle-rate N [--throttle-burst B]] [--history-retention-days N]',
  '  statescope demo [--port 8083] [--data DIR] [--time-scale N] [--history-days 14] [--allow-actions] [index flags as serve]   (dashboard on $PORT, default 3000)',
  '  statescope serve [--port N] [--allow-actions] [--index FILE] [--redact JSONPATH]… [--retention-days N] [--sync-interval SECONDS] [--no-sync]   start the dashboard (uses the AWS SDK settings of the environment) and keep the index current; --allow-actions lets the execution page stop, redrive and start executions',
  '  statescope sync [--index FILE] [--redact JSONPATH]… [--retention-days N] [--state-machine ARN]… [--full] [--json]   (fill the execution index)',
  '  statescope timeline <file | execution-arn> [--json]',
  '  statescope compare <A> <B> [--json]       A, B: execution ARN or history file',
  '  statescope cost <file | execution-arn | state-machine-arn> [--region R] [--json]',
  '  statescope search QUERY [--index FILE] [--limit N] [--json]   executions in the index by payload, error, status, time',
  '  statescope errors [--index FILE] [--since 7d] [--machine ARN] [--json]   failures in the index, grouped',
].join('\n');

let log: MockInstance<typeof console.log>;
let error: MockInstance<typeof console.error>;

beforeEach(() => {
  for (const command of Object.values(commands)) command.mockReset().mockResolvedValue(0);
  log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('runCli: the statescope command line', () => {
  it.each([
    ['emulator', commands.emulator],
    ['demo', commands.demo],
    ['serve', commands.serve],
    ['timeline', commands.timeline],
    ['cost', commands.cost],
    ['search', commands.search],
    ['errors', commands.errors],
  ])('runs `%s` with the arguments after its name, returning its exit code', async (name, command) => {
    command.mockResolvedValue(7);
    expect(await runCli([name, 'target.json', '--json', '--region', 'eu-west-1'])).toBe(7);
    expect(command).toHaveBeenCalledExactlyOnceWith(['target.json', '--json', '--region', 'eu-west-1']);
    for (const other of Object.values(commands)) if (other !== command) expect(other).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it('passes a command no arguments when none follow its name', async () => {
    await runCli(['serve']);
    expect(commands.serve).toHaveBeenCalledWith([]);
  });

  it('passes --help after a command name to the command', async () => {
    await runCli(['cost', '--help']);
    expect(commands.cost).toHaveBeenCalledWith(['--help']);
    expect(log).not.toHaveBeenCalled();
  });

  it.each([['--help'], ['-h'], ['help']])('prints the usage for %s and exits 0', async (flag) => {
    expect(await runCli([flag])).toBe(0);
    expect(log).toHaveBeenCalledExactlyOnceWith(USAGE);
    expect(error).not.toHaveBeenCalled();
  });

  it.each([[[]], [['']]])('prints the usage and exits 2 when no command is given (%j)', async (argv) => {
    expect(await runCli(argv)).toBe(2);
    expect(log).toHaveBeenCalledExactlyOnceWith(USAGE);
    expect(error).not.toHaveBeenCalled();
  });

  const unknownCommand = async (name: string) => {
    expect(await runCli([name, 'x'])).toBe(2);
    expect(error).toHaveBeenCalledExactlyOnceWith(`statescope: unknown command '${name}'.\n${USAGE}`);
    for (const command of Object.values(commands)) expect(command).not.toHaveBeenCalled();
  };

  it.each([['frobnicate'], ['Timeline'], ['--json']])(
    'names an unknown command %j, prints the usage on stderr and exits 2',
    unknownCommand,
  );

  // Names of Object.prototype members are not commands: they used to be found in the plain-object
  // command table and fail with "command.load is not a function", exit 1.
  it.each([['constructor'], ['toString'], ['__proto__']])('names an unknown command %j that is an Object.prototype member', unknownCommand);

  it('reports what a command throws as `statescope NAME: message`, exit code 1', async () => {
    commands.emulator.mockRejectedValue(new Error("option --port must be a number of at least 0, got 'eighty'"));
    expect(await runCli(['emulator', '--port', 'eighty'])).toBe(1);
    expect(error).toHaveBeenCalledExactlyOnceWith("statescope emulator: option --port must be a number of at least 0, got 'eighty'");
  });

  it('reports a thrown value that is not an Error as text', async () => {
    commands.timeline.mockRejectedValue('disk on fire');
    expect(await runCli(['timeline', 'a.json'])).toBe(1);
    expect(error).toHaveBeenCalledExactlyOnceWith('statescope timeline: disk on fire');
  });

  it('re-exports the shared argument parser', () => {
    expect(parseArgs).toBe(sharedParseArgs);
  });
});
