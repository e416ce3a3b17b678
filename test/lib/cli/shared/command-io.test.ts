import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseSingleTargetCommand, processIo, type CommandIo, type SingleTargetCommand } from '@/lib/cli/shared/command-io';

const command: SingleTargetCommand = {
  name: 'inspect',
  usage: 'usage: statescope inspect <file> [--json] [--region R]',
  flags: { json: 'boolean', region: 'string' },
  missing: 'missing a file to inspect',
};

function parse(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) };
  const result = parseSingleTargetCommand(command, argv, io);
  return { result, stdout, stderr };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('parseSingleTargetCommand: `statescope NAME <target> [flags]`', () => {
  it.each([
    [['history.json'], { flags: {}, target: 'history.json' }],
    [['history.json', '--json'], { flags: { json: true }, target: 'history.json' }],
    [['--region', 'eu-west-1', 'history.json'], { flags: { region: 'eu-west-1' }, target: 'history.json' }],
    [
      ['--region=sa-east-1', 'arn:aws:states:sa-east-1:1:execution:m:e', '--json'],
      { flags: { region: 'sa-east-1', json: true }, target: 'arn:aws:states:sa-east-1:1:execution:m:e' },
    ],
  ])('reads %j into its flags and its one target, printing nothing', (argv, expected) => {
    expect(parse(argv)).toEqual({ result: expected, stdout: '', stderr: '' });
  });

  it.each([[['--help']], [['history.json', '--help']], [['--help', 'a', 'b']]])(
    'prints the usage on stdout for %j and exits 0, whatever else is given',
    (argv) => {
      expect(parse(argv)).toEqual({ result: { exitCode: 0 }, stdout: `${command.usage}\n`, stderr: '' });
    },
  );

  it('accepts --help even when the command does not list it', () => {
    expect(command.flags).not.toHaveProperty('help');
    expect(parse(['--help']).result).toEqual({ exitCode: 0 });
  });

  it('says what is missing when no target is given, with the usage, and exits 2', () => {
    expect(parse([])).toEqual({
      result: { exitCode: 2 },
      stdout: '',
      stderr: `statescope inspect: missing a file to inspect\n${command.usage}\n`,
    });
    expect(parse(['--json']).stderr).toBe(`statescope inspect: missing a file to inspect\n${command.usage}\n`);
  });

  it('names the first extra argument, and exits 2', () => {
    expect(parse(['a.json', 'b.json', 'c.json'])).toEqual({
      result: { exitCode: 2 },
      stdout: '',
      stderr: `statescope inspect: unexpected argument 'b.json'\n${command.usage}\n`,
    });
  });

  it.each([
    [['a.json', '--verbose'], 'unknown option --verbose'],
    [['a.json', '--region'], 'option --region needs a value'],
    [['a.json', '--json=yes'], 'option --json takes no value'],
  ])('names a bad flag in %j (%s), with the usage, and exits 2', (argv, problem) => {
    expect(parse(argv)).toEqual({ result: { exitCode: 2 }, stdout: '', stderr: `statescope inspect: ${problem}\n${command.usage}\n` });
  });
});

describe('processIo: the real stdout and stderr', () => {
  it('writes text as given, without adding a newline', () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    processIo.stdout('to stdout');
    processIo.stderr('to stderr');
    expect(out).toHaveBeenCalledWith('to stdout');
    expect(err).toHaveBeenCalledWith('to stderr');
  });
});
