import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryJson } from '@/lib/history/parse-history-document';
import { toExecutionView } from '@/lib/view-model/to-execution-view';
import type { ExecutionView } from '@/lib/view-model/types';

/** A history fixture of test/fixtures/history/, reconstructed and reduced to the page's view. */
export function loadFixtureView(name: string): ExecutionView {
  const text = readFileSync(join(process.cwd(), 'test', 'fixtures', 'history', `${name}.json`), 'utf8');
  const parsed = parseHistoryJson(text, name);
  return toExecutionView(buildExecutionTimeline(parsed.events, parsed));
}
