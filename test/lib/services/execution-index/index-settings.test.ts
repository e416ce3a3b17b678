import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IndexSettingsError, readIndexSettings, splitRedactList } from '@/lib/services/execution-index/index-settings';

const CWD = '/w/project';

describe('readIndexSettings', () => {
  it('defaults: .statescope/index.db under the working directory, no redaction, 64 KiB cap, every 60 s, on', () => {
    const settings = readIndexSettings({}, {}, CWD);
    expect(settings).toMatchObject({
      indexFile: path.join(CWD, '.statescope', 'index.db'),
      redactPaths: [],
      payloadCapBytes: 65_536,
      syncIntervalSeconds: 60,
      syncEnabled: true,
    });
    expect(settings.retentionDays).toBeUndefined();
  });

  it('takes the environment, and the flags over it; redaction rules from both apply', () => {
    const env = {
      STATESCOPE_INDEX: 'env.db',
      STATESCOPE_REDACT: "$..password, $['a,b'].c",
      STATESCOPE_RETENTION_DAYS: '30',
      STATESCOPE_PAYLOAD_CAP: '1024',
      STATESCOPE_SYNC_INTERVAL: '5',
      STATESCOPE_SYNC: 'off',
    };
    expect(readIndexSettings({}, env, CWD)).toMatchObject({
      indexFile: path.join(CWD, 'env.db'),
      redactPaths: ['$..password', "$['a,b'].c"],
      retentionDays: 30,
      payloadCapBytes: 1024,
      syncIntervalSeconds: 5,
      syncEnabled: false,
    });
    const flagged = readIndexSettings({ index: '/abs/i.db', redact: ['$..cardNumber'], retentionDays: '7', syncInterval: '0.5' }, env, CWD);
    expect(flagged).toMatchObject({
      indexFile: '/abs/i.db',
      redactPaths: ['$..password', "$['a,b'].c", '$..cardNumber'],
      retentionDays: 7,
      syncIntervalSeconds: 0.5,
    });
    expect(readIndexSettings({ noSync: true }, { STATESCOPE_SYNC: 'on' }, CWD).syncEnabled).toBe(false);
  });

  it.each([
    [{ retentionDays: 'soon' }, {}, "option --retention-days must be a whole number of days of at least 1, got 'soon'"],
    [{ retentionDays: '1.5' }, {}, "option --retention-days must be a whole number of days of at least 1, got '1.5'"],
    [{}, { STATESCOPE_RETENTION_DAYS: '0' }, "STATESCOPE_RETENTION_DAYS must be a whole number of days of at least 1, got '0'"],
    [{ syncInterval: '-3' }, {}, "option --sync-interval must be a number of seconds above 0, got '-3'"],
    [{}, { STATESCOPE_SYNC_INTERVAL: 'often' }, "STATESCOPE_SYNC_INTERVAL must be a number of seconds above 0, got 'often'"],
    [{}, { STATESCOPE_PAYLOAD_CAP: '64k' }, "STATESCOPE_PAYLOAD_CAP must be a whole number of bytes of at least 1, got '64k'"],
    [{}, { STATESCOPE_SYNC: 'maybe' }, "STATESCOPE_SYNC must be 'on' or 'off', got 'maybe'"],
    [{ index: '  ' }, {}, "option --index must name a file, got '  '"],
  ])('refuses %j %j naming the flag or variable and the value', (flags, env, message) => {
    expect(() => readIndexSettings(flags, env, CWD)).toThrow(new IndexSettingsError(message));
  });

  it('names the flag or variable of a redaction rule that is not a supported JSONPath', () => {
    expect(() => readIndexSettings({ redact: ['$..ok', '$..['] }, {}, CWD)).toThrow(/^option --redact '\$\.\.\[': redaction rule/);
    expect(() => readIndexSettings({}, { STATESCOPE_REDACT: 'password' }, CWD)).toThrow(/^STATESCOPE_REDACT rule 'password': /);
  });
});

describe('splitRedactList', () => {
  it('splits on commas outside brackets and quotes, dropping empty items', () => {
    expect(splitRedactList(`$..a, $["x,y"] ,,$['p,q'].r[1,2]`)).toEqual(['$..a', '$["x,y"]', "$['p,q'].r[1,2]"]);
    expect(splitRedactList('')).toEqual([]);
  });
});
