import { parseArgs as parseNodeArgs } from 'node:util';

/** Flags a command accepts: `string` flags take a value, `boolean` flags do not. */
export type FlagSpec = Record<string, 'string' | 'boolean'>;

export interface ParsedArgs {
  flags: Record<string, string | boolean | undefined>;
  positionals: string[];
}

type NodeOptions = Record<string, { type: 'string' | 'boolean' }>;

function isParseArgsError(error: unknown): error is Error & { code: string } {
  if (!(error instanceof Error)) return false;
  const code: unknown = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

/**
 * Node's messages are long and change between versions, so the offending argument is found again by a
 * lenient parse of the same argv and described in our words, naming the option as the user typed it.
 */
function describeParseError(argv: string[], spec: FlagSpec, options: NodeOptions, fallback: string): string {
  const { tokens } = parseNodeArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const kind = spec[token.name];
    if (!kind) return `unknown option ${token.rawName}`;
    if (kind === 'boolean' && token.value !== undefined) return `option ${token.rawName} takes no value`;
    // `--port --json`: the strict parse refuses a value that looks like an option, unless given as `--port=--json`.
    if (kind === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))) {
      return `option ${token.rawName} needs a value`;
    }
  }
  return fallback;
}

/** Parses `--name value`, `--name=value` and `--flag`; an unknown or incomplete flag is an error that names it. */
export function parseArgs(argv: string[], spec: FlagSpec): ParsedArgs {
  const options: NodeOptions = Object.fromEntries(Object.entries(spec).map(([name, type]) => [name, { type }]));
  let parsed: ReturnType<typeof parseNodeArgs<{ args: string[]; options: NodeOptions; strict: true; allowPositionals: true }>>;
  try {
    parsed = parseNodeArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (error) {
    if (isParseArgsError(error)) throw new Error(describeParseError(argv, spec, options, error.message));
    throw error;
  }
  const flags: ParsedArgs['flags'] = {};
  for (const [name, value] of Object.entries(parsed.values)) {
    // No option is `multiple`, so arrays cannot occur; the check keeps the type honest.
    if (typeof value === 'string' || typeof value === 'boolean') flags[name] = value;
  }
  return { flags, positionals: parsed.positionals };
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
