import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HANDLER_EXTENSIONS,
  HandlerNotExported,
  resolveHandlerModule,
  SEED_HANDLERS_DIR,
  toBareFunctionName,
} from '@/lib/emulator/handlers/resolve-handler-module';

let root: string;
let userDir: string;
let fallbackDir: string;

function write(dir: string, file: string, source: string): void {
  writeFileSync(path.join(dir, file), source);
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'statescope-resolve-'));
  userDir = path.join(root, 'user');
  fallbackDir = path.join(root, 'fallback');
  mkdirSync(userDir);
  mkdirSync(fallbackDir);
  write(userDir, 'named.mjs', 'export function handler() { return "named"; }');
  write(userDir, 'defaultOnly.mjs', 'export default function () { return "default"; }');
  write(userDir, 'both.mjs', 'export function handler() { return "handler"; }\nexport default function () { return "default"; }');
  write(userDir, 'commonJs.cjs', 'module.exports.handler = () => "cjs";');
  write(userDir, 'typed.ts', 'export const handler = (): string => "ts";');
  write(userDir, 'order.js', 'export function handler() { return "js"; }');
  write(userDir, 'order.mjs', 'export function handler() { return "mjs"; }');
  write(userDir, 'shared.mjs', 'export function handler() { return "user"; }');
  write(fallbackDir, 'shared.mjs', 'export function handler() { return "fallback"; }');
  write(fallbackDir, 'onlyFallback.mjs', 'export function handler() { return "fallback only"; }');
  write(userDir, 'noHandler.mjs', 'export const handler = 42;\nexport const other = () => 1;');
  mkdirSync(path.join(userDir, 'isADirectory.js'));
  write(fallbackDir, 'isADirectory.js', 'export function handler() { return "the file"; }');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function resultOf(name: string, directories = [userDir, fallbackDir]): Promise<unknown> {
  const resolved = await resolveHandlerModule(name, directories);
  if (!resolved) return undefined;
  return { result: await resolved.handler({}, {}), file: path.relative(root, resolved.file) };
}

describe('toBareFunctionName', () => {
  it.each<[string, string | undefined]>([
    ['fn', 'fn'],
    ['my-Function_2', 'my-Function_2'],
    ['  fn  ', 'fn'],
    ['fn:prod', 'fn'],
    ['fn:$LATEST', 'fn'],
    ['123456789012:fn', 'fn'],
    ['123456789012:function:fn', 'fn'],
    ['123456789012:function:fn:prod', 'fn'],
    ['arn:aws:lambda:us-east-1:123456789012:function:fn', 'fn'],
    ['arn:aws:lambda:us-east-1:123456789012:function:fn:7', 'fn'],
    ['a'.repeat(140), 'a'.repeat(140)],
    ['a'.repeat(141), undefined],
    ['', undefined],
    ['../secrets', undefined],
    ['dir/fn', undefined],
    ['fn.js', undefined],
    ['fn name', undefined],
    [':fn', undefined],
  ])('%j -> %j', (functionName, expected) => {
    expect(toBareFunctionName(functionName)).toBe(expected);
  });
});

describe('resolveHandlerModule', () => {
  it.each<[string, unknown]>([
    ['named', { result: 'named', file: path.join('user', 'named.mjs') }],
    ['defaultOnly', { result: 'default', file: path.join('user', 'defaultOnly.mjs') }],
    ['both', { result: 'handler', file: path.join('user', 'both.mjs') }],
    ['commonJs', { result: 'cjs', file: path.join('user', 'commonJs.cjs') }],
    ['typed', { result: 'ts', file: path.join('user', 'typed.ts') }],
  ])('loads %s: the named `handler` export first, then the default export', async (name, expected) => {
    await expect(resultOf(name)).resolves.toEqual(expected);
  });

  it('tries the extensions in order: .js before .mjs', async () => {
    expect(HANDLER_EXTENSIONS).toEqual(['.js', '.mjs', '.cjs', '.ts', '.mts']);
    await expect(resultOf('order')).resolves.toEqual({ result: 'js', file: path.join('user', 'order.js') });
  });

  it('tries the directories in order: the first that has the function wins', async () => {
    await expect(resultOf('shared')).resolves.toEqual({ result: 'user', file: path.join('user', 'shared.mjs') });
    await expect(resultOf('shared', [fallbackDir, userDir])).resolves.toEqual({
      result: 'fallback',
      file: path.join('fallback', 'shared.mjs'),
    });
    await expect(resultOf('onlyFallback')).resolves.toEqual({ result: 'fallback only', file: path.join('fallback', 'onlyFallback.mjs') });
  });

  it('skips a directory named like a handler file', async () => {
    await expect(resultOf('isADirectory')).resolves.toEqual({ result: 'the file', file: path.join('fallback', 'isADirectory.js') });
  });

  it('resolves a qualified name or ARN to the bare function’s file', async () => {
    await expect(resultOf('arn:aws:lambda:us-east-1:123456789012:function:named:prod')).resolves.toMatchObject({ result: 'named' });
  });

  it('returns undefined when no directory has the function, or there are no directories', async () => {
    await expect(resolveHandlerModule('absent', [userDir, fallbackDir])).resolves.toBeUndefined();
    await expect(resolveHandlerModule('named', [])).resolves.toBeUndefined();
    await expect(resolveHandlerModule('named', [path.join(root, 'no-such-dir')])).resolves.toBeUndefined();
  });

  it('builds no path from a name that cannot be a function name', async () => {
    write(root, 'escape.mjs', 'export function handler() { return "escaped"; }');
    expect(existsSync(path.join(userDir, '../escape.mjs'))).toBe(true);
    await expect(resolveHandlerModule('../escape', [userDir])).resolves.toBeUndefined();
  });

  it('throws HandlerNotExported for a module without a handler function', async () => {
    const file = path.join(userDir, 'noHandler.mjs');
    const error = await resolveHandlerModule('noHandler', [userDir]).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(HandlerNotExported);
    expect(error).toMatchObject({
      name: 'HandlerNotExported',
      file,
      message: `${file} exports no handler: export a function named 'handler' or a default function`,
    });
  });
});

describe('SEED_HANDLERS_DIR', () => {
  it('is the seeds/handlers folder next to the emulator, where the seed functions load from', async () => {
    expect(SEED_HANDLERS_DIR).toBe(fileURLToPath(new URL('../../../../lib/seeds/handlers/', import.meta.url)));
    const resolved = await resolveHandlerModule('calculateRemainder', [SEED_HANDLERS_DIR]);
    expect(resolved?.file).toBe(path.join(SEED_HANDLERS_DIR, 'calculateRemainder.ts'));
    expect(typeof resolved?.handler).toBe('function');
  });
});
