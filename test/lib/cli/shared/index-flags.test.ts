import { describe, expect, it } from 'vitest';
import { INDEX_FLAGS, indexSettingsFromFlags, takeRedactFlags } from '@/lib/cli/shared/index-flags';
import { parseArgs } from '@/lib/cli/shared/parse-args';

describe('index flags of serve and demo', () => {
  it('reads --index, repeated --redact, --retention-days, --sync-interval and --no-sync', () => {
    const { redact, rest } = takeRedactFlags([
      '--redact',
      '$..password',
      '--index',
      'i.db',
      '--redact=$..card',
      '--no-sync',
      '--sync-interval',
      '30',
    ]);
    const { flags } = parseArgs(rest, { port: 'string', ...INDEX_FLAGS });
    expect(indexSettingsFromFlags(flags, redact, {}, '/w')).toMatchObject({
      indexFile: '/w/i.db',
      redactPaths: ['$..password', '$..card'],
      syncIntervalSeconds: 30,
      syncEnabled: false,
    });
  });

  it('names a bad value', () => {
    const { flags } = parseArgs(['--sync-interval', 'never'], INDEX_FLAGS);
    expect(() => indexSettingsFromFlags(flags, [], {}, '/w')).toThrow(
      "option --sync-interval must be a number of seconds above 0, got 'never'",
    );
  });
});
