import { DEFAULT_EXPRESS_MEMORY_MB } from '../cost/build-express-cost-review';
import { DataSourceError } from '../aws/errors';

/** The variable setting the memory assumed per Express run (MB), when you know it is more than 64 MB. */
export const EXPRESS_MEMORY_VARIABLE = 'STATESCOPE_EXPRESS_MEMORY_MB';

/**
 * Express bills memory AWS reports only in StartSyncExecution's billingDetails, never in the logs, so
 * the review assumes DEFAULT_EXPRESS_MEMORY_MB (one 64 MB chunk) unless $STATESCOPE_EXPRESS_MEMORY_MB says otherwise.
 */
export function loadExpressMemoryMb(text: string | undefined = process.env[EXPRESS_MEMORY_VARIABLE]?.trim() || undefined): number {
  if (text === undefined) return DEFAULT_EXPRESS_MEMORY_MB;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) {
    throw new DataSourceError(
      'invalid-input',
      `${EXPRESS_MEMORY_VARIABLE} must be a positive number of MB, got '${text}'.`,
      `Unset it to assume ${DEFAULT_EXPRESS_MEMORY_MB} MB, or set it to e.g. 128.`,
    );
  }
  return value;
}
