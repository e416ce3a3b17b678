import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A Lambda-style handler: `(event, context)`, or `(event, context, callback)` for callback-style code. */
export type LambdaHandler = (event: unknown, context: unknown, callback?: (error: unknown, result?: unknown) => void) => unknown;

export interface ResolvedHandler {
  handler: LambdaHandler;
  /** The module file, for messages. */
  file: string;
}

/** Extensions tried in order; tsx (CLI) and Vitest both load TypeScript through dynamic import. */
export const HANDLER_EXTENSIONS = ['.js', '.mjs', '.cjs', '.ts', '.mts'] as const;

/** A handler file that exports no function (Lambda reports this as `Runtime.HandlerNotFound`). */
export class HandlerNotExported extends Error {
  constructor(readonly file: string) {
    super(`${file} exports no handler: export a function named 'handler' or a default function`);
    this.name = 'HandlerNotExported';
  }
}

export const SEED_HANDLERS_DIR = fileURLToPath(new URL('../../seeds/handlers/', import.meta.url));

// Lambda function names: letters, digits, hyphen, underscore (AWS Lambda CreateFunction limits).
const FUNCTION_NAME = /^[A-Za-z0-9_-]{1,140}$/;

/**
 * Reduces what a definition may put in `FunctionName` (a name, `name:alias`, a partial or full ARN)
 * to the bare function name; undefined when it cannot be a function name, so no path is ever built
 * from an untrusted string.
 */
export function toBareFunctionName(functionName: string): string | undefined {
  let name = functionName.trim();
  const arnName = /(?:^|:)function:([^:]+)/.exec(name)?.[1];
  if (arnName !== undefined) name = arnName;
  else if (/^\d{12}:/.test(name)) name = name.split(':')[1] ?? '';
  else name = name.split(':')[0] ?? '';
  return FUNCTION_NAME.test(name) ? name : undefined;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

function pickHandler(moduleNamespace: Record<string, unknown>): LambdaHandler | undefined {
  const candidates = [moduleNamespace.handler, moduleNamespace.default];
  // A CommonJS module imported as ESM exposes `module.exports` as the default export.
  const commonJs = moduleNamespace.default;
  if (commonJs !== null && typeof commonJs === 'object') candidates.push((commonJs as Record<string, unknown>).handler);
  return candidates.find((candidate): candidate is LambdaHandler => typeof candidate === 'function');
}

/**
 * Finds `<name>.<ext>` in each directory in turn (user handlers first, then the seeds) and loads it.
 * Returns undefined when no directory has the function. A module that exists but exports no handler is
 * a user error worth a clear message, so it throws.
 */
export async function resolveHandlerModule(functionName: string, directories: readonly string[]): Promise<ResolvedHandler | undefined> {
  const name = toBareFunctionName(functionName);
  if (!name) return undefined;
  for (const directory of directories) {
    for (const extension of HANDLER_EXTENSIONS) {
      const file = path.join(directory, `${name}${extension}`);
      if (!(await isFile(file))) continue;
      const moduleNamespace = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      const handler = pickHandler(moduleNamespace);
      if (!handler) throw new HandlerNotExported(file);
      return { handler, file };
    }
  }
  return undefined;
}
