import { parseArgs, type FlagSpec, type ParsedArgs } from './parse-args';

/** Where a command writes; tests pass their own to run it in-process. */
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const processIo: CommandIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export interface SingleTargetCommand {
  /** The command's name after `statescope`, for messages. */
  name: string;
  usage: string;
  flags: FlagSpec;
  /** What the message says is missing when no target is given. */
  missing: string;
}

/**
 * Parses `statescope NAME <target> [flags]`: the flags and the one target, or the exit code after
 * printing the usage (2 for bad arguments, 0 for --help). `help` is accepted whether or not listed.
 */
export function parseSingleTargetCommand(
  command: SingleTargetCommand,
  argv: string[],
  io: CommandIo,
): { flags: ParsedArgs['flags']; target: string } | { exitCode: number } {
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs(argv, { help: 'boolean', ...command.flags });
  } catch (error) {
    io.stderr(`statescope ${command.name}: ${error instanceof Error ? error.message : String(error)}\n${command.usage}\n`);
    return { exitCode: 2 };
  }
  if (parsed.flags.help) {
    io.stdout(`${command.usage}\n`);
    return { exitCode: 0 };
  }
  const [target, ...extra] = parsed.positionals;
  if (!target || extra.length) {
    io.stderr(`statescope ${command.name}: ${target ? `unexpected argument '${extra[0]}'` : command.missing}\n${command.usage}\n`);
    return { exitCode: 2 };
  }
  return { flags: parsed.flags, target };
}
