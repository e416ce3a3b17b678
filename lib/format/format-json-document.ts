import { exceedsJsonDepth } from '@/lib/history/json-depth';

/** Deeper than this, indentation is left out (see formatJsonDocument). */
const MAX_INDENTED_DEPTH = 64;

/**
 * A document for `--json` output: indented by two spaces, unless it nests deeper than 64 levels.
 * Indentation adds the depth to every line, so a 3 MB timeline of Map states nested 100 deep
 * would print as 150 MB; past that depth the same JSON is printed compact.
 */
export function formatJsonDocument(value: unknown): string {
  return `${JSON.stringify(value, null, exceedsJsonDepth(value, MAX_INDENTED_DEPTH) ? undefined : 2)}\n`;
}
