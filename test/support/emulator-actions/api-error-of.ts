import { ApiError } from '@/lib/emulator/server/api-error';

/** The ApiError `run` throws, as [code, message]; fails when it throws nothing or something else. */
export function apiErrorOf(run: () => unknown): [string, string] {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return [error.code, error.message];
    throw error;
  }
  throw new Error('expected an ApiError, but nothing was thrown');
}

/** The ApiError an async action rejects with, as [code, message]. */
export async function apiErrorOfAsync(run: () => Promise<unknown>): Promise<[string, string]> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ApiError) return [error.code, error.message];
    throw error;
  }
  throw new Error('expected an ApiError, but the call resolved');
}

/** AWS's "1 validation error detected: …" message. */
export const validation = (message: string): [string, string] => ['ValidationException', `1 validation error detected: ${message}`];
