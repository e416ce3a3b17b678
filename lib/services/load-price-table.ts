import { readFileSync } from 'node:fs';
import { parsePriceConfig, PriceConfigError } from '../cost/parse-price-config';
import { AWS_LIST_PRICES, type PriceTable } from '../cost/price-table';

/** The variable naming a price config file (negotiated rates, regions AWS's table lacks). */
export const PRICE_CONFIG_VARIABLE = 'STATESCOPE_PRICES';

/**
 * AWS's list prices, or those laid over by the JSON file at `file` (default: $STATESCOPE_PRICES).
 * A missing or bad file is a PriceConfigError naming the file and the field, never a silent fallback.
 */
export function loadPriceTable(file: string | undefined = process.env[PRICE_CONFIG_VARIABLE]?.trim() || undefined): PriceTable {
  if (!file) return AWS_LIST_PRICES;
  let text: string;
  try {
    // The file is the user's, read at run time: not something for the build to trace.
    text = readFileSync(/* turbopackIgnore: true */ file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PriceConfigError(file, code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})`);
  }
  return parsePriceConfig(text, file);
}
