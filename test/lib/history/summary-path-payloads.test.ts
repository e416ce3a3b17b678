import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatTimelineText } from '@/lib/format/format-timeline-text';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryJson } from '@/lib/history/parse-history-document';
import type { StateVisit } from '@/lib/history/types';

// The summary path (`statescope timeline` without --json: status, failure path, root cause, per-state
// table) keeps payloads as the JSON text the history holds and parses only those it reads to print:
// a Fail state's input (for its reason) and error causes. 25,000 events must not mean 25,000 parses.
const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'history');
const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));

afterEach(() => vi.restoreAllMocks());

function summarise(file: string): { parsed: string[]; visits: StateVisit[]; causes: Set<string>; status: string } {
  const history = parseHistoryJson(readFileSync(join(FIXTURES, file), 'utf8'), file);
  const parse = JSON.parse.bind(JSON);
  const parsed: string[] = [];
  vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
    parsed.push(text);
    return parse(text, reviver) as unknown;
  });
  const timeline = buildExecutionTimeline(history.events);
  formatTimelineText(timeline);
  vi.restoreAllMocks();
  const causes = new Set(timeline.events.map((e) => e.details.cause).filter((c): c is string => c !== undefined));
  const visits: StateVisit[] = [];
  const walk = (list: StateVisit[]) => {
    for (const v of list) {
      visits.push(v);
      for (const g of v.children) walk(g.visits);
    }
  };
  walk(timeline.visits);
  return { parsed, visits, causes, status: timeline.status };
}

describe('the timeline summary parses no payload it does not print', () => {
  it('finds the fixtures', () => expect(files.length).toBeGreaterThanOrEqual(5));

  it.each(files)('%s: only Fail state inputs and causes are parsed, and never on a run without a failure', (file) => {
    const { parsed, visits, causes, status } = summarise(file);
    const failInputs = new Set(visits.filter((v) => v.type === 'Fail' && v.input).map((v) => v.input?.text));
    expect(parsed.filter((text) => !failInputs.has(text) && !causes.has(text))).toEqual([]);
    if (status !== 'FAILED') expect(parsed).toEqual([]);
  });

  it('a history whose visits all carry input and output parses none of them', () => {
    const { parsed, visits } = summarise('order-fulfilment-succeeded.json');
    expect(visits.filter((v) => v.input && v.output).length).toBeGreaterThan(5);
    expect(parsed).toEqual([]);
  });
});
