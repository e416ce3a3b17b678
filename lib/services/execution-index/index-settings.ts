import path from 'node:path';
import { compileRedactionRules, type RedactionRules } from '../../execution-index/redact-payload';

export const DEFAULT_INDEX_FILE = path.join('.statescope', 'index.db');
export const DEFAULT_SYNC_INTERVAL_SECONDS = 60;
export const DEFAULT_PAYLOAD_CAP = 64 * 1024;

/** The index's settings as the CLI flags give them (raw text; validated here). */
export interface IndexSettingFlags {
  index?: string;
  redact?: readonly string[];
  retentionDays?: string;
  syncInterval?: string;
  noSync?: boolean;
}

export interface IndexSettings {
  /** Absolute, so every process (the dashboard runs in the project folder) opens the same file. */
  indexFile: string;
  redactPaths: string[];
  redaction: RedactionRules;
  retentionDays?: number;
  payloadCapBytes: number;
  syncIntervalSeconds: number;
  syncEnabled: boolean;
}

/** A setting the user gave with a value it cannot take: the message names the flag or variable and the value. */
export class IndexSettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IndexSettingsError';
  }
}

/** The environment variables read (process.env, or a plain object in tests). */
export type SettingsEnv = Readonly<Record<string, string | undefined>>;

interface Raw {
  value: string;
  /** `option --retention-days` or `STATESCOPE_RETENTION_DAYS`. */
  origin: string;
}

function pick(flag: string | undefined, flagName: string, env: SettingsEnv, envName: string): Raw | undefined {
  if (flag !== undefined) return { value: flag, origin: `option --${flagName}` };
  const fromEnv = env[envName];
  return fromEnv !== undefined && fromEnv.trim() !== '' ? { value: fromEnv, origin: envName } : undefined;
}

function positiveNumber(raw: Raw, what: string, integer: boolean): number {
  const text = raw.value.trim();
  const value = Number(text);
  if (text === '' || !Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new IndexSettingsError(`${raw.origin} must be ${what}, got '${raw.value}'`);
  }
  return value;
}

/** `$.a,$['b,c']` → two paths: commas inside brackets or quotes belong to the path. */
export function splitRedactList(text: string): string[] {
  const paths: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let current = '';
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"') quote = char;
    else if (char === '[') depth += 1;
    else if (char === ']') depth = Math.max(0, depth - 1);
    else if (char === ',' && depth === 0) {
      paths.push(current.trim());
      current = '';
      continue;
    }
    current += char;
  }
  paths.push(current.trim());
  return paths.filter((p) => p !== '');
}

function compileRules(paths: readonly string[], origin: (index: number) => string): RedactionRules {
  for (const [index, rulePath] of paths.entries()) {
    try {
      compileRedactionRules([rulePath]);
    } catch (error) {
      const why = error instanceof Error ? error.message.replace(/^Redaction rule 1 /, 'redaction rule ') : String(error);
      throw new IndexSettingsError(`${origin(index)} '${rulePath}': ${why}`);
    }
  }
  return compileRedactionRules(paths);
}

function syncSwitch(env: SettingsEnv, noSyncFlag: boolean | undefined): boolean {
  if (noSyncFlag) return false;
  const raw = env.STATESCOPE_SYNC?.trim().toLowerCase();
  if (raw === undefined || raw === '') return true;
  if (['on', 'true', '1', 'yes'].includes(raw)) return true;
  if (['off', 'false', '0', 'no'].includes(raw)) return false;
  throw new IndexSettingsError(`STATESCOPE_SYNC must be 'on' or 'off', got '${env.STATESCOPE_SYNC ?? ''}'`);
}

/**
 * The index settings from the flags, else the environment, else the defaults: the file
 * (`--index` / STATESCOPE_INDEX, resolved against `cwd`), redaction rules (every `--redact` plus
 * STATESCOPE_REDACT, comma-separated: both apply), retention days, payload cap, background interval
 * and off switch. A bad value throws an IndexSettingsError naming the flag or variable and the value.
 */
export function readIndexSettings(flags: IndexSettingFlags, env: SettingsEnv = process.env, cwd: string = process.cwd()): IndexSettings {
  const file = pick(flags.index, 'index', env, 'STATESCOPE_INDEX');
  if (file && file.value.trim() === '') throw new IndexSettingsError(`${file.origin} must name a file, got '${file.value}'`);
  const indexFile = path.resolve(cwd, file?.value.trim() ?? DEFAULT_INDEX_FILE);

  const fromEnv = splitRedactList(env.STATESCOPE_REDACT ?? '');
  const fromFlags = [...(flags.redact ?? [])];
  const redactPaths = [...fromEnv, ...fromFlags];
  const redaction = compileRules(redactPaths, (index) => (index < fromEnv.length ? 'STATESCOPE_REDACT rule' : 'option --redact'));

  const retention = pick(flags.retentionDays, 'retention-days', env, 'STATESCOPE_RETENTION_DAYS');
  const retentionDays = retention && positiveNumber(retention, 'a whole number of days of at least 1', true);

  const cap = pick(undefined, 'payload-cap', env, 'STATESCOPE_PAYLOAD_CAP');
  const payloadCapBytes = cap ? positiveNumber(cap, 'a whole number of bytes of at least 1', true) : DEFAULT_PAYLOAD_CAP;

  const interval = pick(flags.syncInterval, 'sync-interval', env, 'STATESCOPE_SYNC_INTERVAL');
  const syncIntervalSeconds = interval ? positiveNumber(interval, 'a number of seconds above 0', false) : DEFAULT_SYNC_INTERVAL_SECONDS;

  return {
    indexFile,
    redactPaths,
    redaction,
    ...(retentionDays !== undefined ? { retentionDays } : {}),
    payloadCapBytes,
    syncIntervalSeconds,
    syncEnabled: syncSwitch(env, flags.noSync),
  };
}
