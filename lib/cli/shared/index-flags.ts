import { readIndexSettings, type IndexSettings, type SettingsEnv } from '../../services/execution-index/index-settings';
import type { ParsedArgs } from './parse-args';
import { takeRepeatedOption } from './take-repeated-option';

/** The execution-index flags `serve` and `demo` take besides their own (`--redact` is repeatable, taken out first). */
export const INDEX_FLAGS = { index: 'string', 'retention-days': 'string', 'sync-interval': 'string', 'no-sync': 'boolean' } as const;

export const INDEX_FLAGS_USAGE = '[--index FILE] [--redact JSONPATH]… [--retention-days N] [--sync-interval SECONDS] [--no-sync]';

/** Takes the `--redact` values out of argv; parse the rest with INDEX_FLAGS among the command's flags. */
export function takeRedactFlags(argv: readonly string[]): { redact: string[]; rest: string[] } {
  const { values, rest } = takeRepeatedOption(argv, 'redact');
  return { redact: values, rest };
}

/** The index settings from the parsed flags, the environment and the working directory; throws a message naming a bad flag. */
export function indexSettingsFromFlags(
  flags: ParsedArgs['flags'],
  redact: readonly string[],
  env: SettingsEnv = process.env,
  cwd: string = process.cwd(),
): IndexSettings {
  const text = (name: string) => (typeof flags[name] === 'string' ? flags[name] : undefined);
  return readIndexSettings(
    {
      index: text('index'),
      redact,
      retentionDays: text('retention-days'),
      syncInterval: text('sync-interval'),
      noSync: flags['no-sync'] === true,
    },
    env,
    cwd,
  );
}
