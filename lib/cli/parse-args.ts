/** Flags a command accepts: `string` flags take a value, `boolean` flags do not. */
export type FlagSpec = Record<string, 'string' | 'boolean'>;

export interface ParsedArgs {
  flags: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Parses `--name value`, `--name=value` and `--flag`; an unknown or incomplete flag is an error that names it. */
export function parseArgs(argv: string[], spec: FlagSpec): ParsedArgs {
  const flags: ParsedArgs['flags'] = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [rawName, inlineValue] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const kind = spec[rawName];
    if (!kind) throw new Error(`unknown option --${rawName}`);
    if (kind === 'boolean') {
      flags[rawName] = true;
      continue;
    }
    const value = inlineValue ?? argv[++i];
    if (value === undefined || value.startsWith('--')) throw new Error(`option --${rawName} needs a value`);
    flags[rawName] = value;
  }
  return { flags, positionals };
}

/** Reads a numeric flag, with a message that says which flag was wrong and why. */
export function numberFlag(flags: ParsedArgs['flags'], name: string, fallback: number, min = 0): number {
  const raw = flags[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (typeof raw !== 'string' || !Number.isFinite(value) || value < min) {
    throw new Error(`option --${name} must be a number of at least ${min}, got '${String(raw)}'`);
  }
  return value;
}
