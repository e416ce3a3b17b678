import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryJson } from '@/lib/history/parse-history-document';
import type { ExecutionTimeline, StateVisit } from '@/lib/history/types';
import { groupsOfAttempt } from '@/lib/view-model/groups-of-attempt';
import { toAttemptViews } from '@/lib/view-model/to-attempt-views';
import { toExecutionView } from '@/lib/view-model/to-execution-view';
import type { VisitView } from '@/lib/view-model/types';
import { AWS_HISTORY_CASES_DIR } from '../../support/corpus/shared-corpus';
import { loadFixtureView } from '../../support/view-model/load-fixture-view';

// Recorded on real AWS by the LocalStack project (Apache-2.0); read in place, never copied here.
const hasCorpus = existsSync(AWS_HISTORY_CASES_DIR);

function timelineOf(name: string): ExecutionTimeline {
  const text = readFileSync(path.join(AWS_HISTORY_CASES_DIR, `${name}.json`), 'utf8');
  const parsed = parseHistoryJson(text, name);
  return buildExecutionTimeline(parsed.events, parsed);
}

function flatten(visits: readonly StateVisit[], out: StateVisit[] = []): StateVisit[] {
  for (const v of visits) {
    out.push(v);
    for (const g of v.children) flatten(g.visits, out);
  }
  return out;
}

const flattenViews = (visits: readonly VisitView[]): VisitView[] =>
  visits.flatMap((v) => [v, ...v.groups.flatMap((g) => flattenViews(g.visits))]);

describe('toAttemptViews', () => {
  it('reads the last failed try of a caught Task as caught, the retried ones before it as failed', () => {
    const charge = loadFixtureView('order-payment-caught').visits[1];
    expect(charge?.attempts.map((a) => [a.number, a.status, a.error])).toEqual([
      [1, 'failed', 'PaymentDeclined'],
      [2, 'failed', 'PaymentDeclined'],
      [3, 'caught', 'PaymentDeclined'],
    ]);
    expect(charge?.attempts[0]?.groups).toBeUndefined();
  });

  it('gives Pass, Choice and other states no attempts', () => {
    const pass = loadFixtureView('order-payment-caught').visits.find((v) => v.type === 'Pass');
    expect(pass?.type).toBe('Pass');
    expect(pass?.attempts).toEqual([]);
  });

  it('gives a Map run once a single attempt with its iteration counts', () => {
    const map = flattenViews(loadFixtureView('order-shipping-failed').visits).find((v) => v.type === 'Parallel');
    expect(map?.attempts.map((a) => [a.number, a.status, a.groups])).toEqual([
      [1, 'failed', { total: 2, failed: 1, caught: 0, kind: 'ParallelBranch' }],
    ]);
  });
});

describe.skipIf(!hasCorpus)('toAttemptViews on recorded AWS histories (../shared/aws-histories)', () => {
  it('shows a Map retried as a whole as three attempts of one failed iteration each, not three iterations', () => {
    const map = flatten(timelineOf('scenarios__base_scenarios__map_state_retry').visits).find((v) => v.name === 'MapState');
    if (!map) throw new Error('MapState not found');
    expect(toAttemptViews(map).map((a) => [a.number, a.status, a.groups])).toEqual([
      [1, 'failed', { total: 1, failed: 1, caught: 0, kind: 'MapIteration' }],
      [2, 'failed', { total: 1, failed: 1, caught: 0, kind: 'MapIteration' }],
      [3, 'failed', { total: 1, failed: 1, caught: 0, kind: 'MapIteration' }],
    ]);
  });

  it('shows a Parallel retried as a whole as two attempts, the first one failed', () => {
    // The recorder reshaped this one's branch events (masked ids), so only the runs are certain.
    const view = toExecutionView(
      timelineOf('states_variables__error_output__parallel_catch_error__PARALLEL_CATCH_ERROR_OUTPUT_WITH_RETRY'),
    );
    const parallel = view.visits.find((v) => v.type === 'Parallel');
    expect(parallel?.attempts.map((a) => [a.number, a.status, a.groups?.total])).toEqual([
      [1, 'failed', 1],
      [2, 'aborted', 1],
    ]);
  });

  it('counts every Map and Parallel run of every recorded history as an attempt, its groups split between them', () => {
    const files = readdirSync(AWS_HISTORY_CASES_DIR).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(400);
    let retried = 0;
    let caughtGroups = 0;
    for (const file of files) {
      const timeline = timelineOf(file.slice(0, -5));
      for (const visit of flatten(timeline.visits)) {
        if (visit.type !== 'Map' && visit.type !== 'Parallel') continue;
        const starts = visit.eventIds.filter((id) => {
          const type = timeline.events.find((e) => e.id === id)?.type;
          return type === 'MapStateStarted' || type === 'ParallelStateStarted';
        }).length;
        const attempts = toAttemptViews(visit);
        expect(attempts, `${file}: ${visit.name}`).toHaveLength(starts);
        caughtGroups += visit.children.filter((g) => g.status === 'caught').length;
        const counted = attempts.reduce((sum, a) => sum + (a.groups?.total ?? 0), 0);
        expect(counted, `${file}: ${visit.name}`).toBe(visit.children.length);
        if (attempts.length > 1) {
          retried++;
          const last = groupsOfAttempt(visit.children);
          expect(last.every((g) => g.run === attempts.length)).toBe(true);
        }
      }
    }
    // map_state_retry, its two multiple-retriers recordings and the Parallel caught after a retry.
    expect(retried).toBeGreaterThanOrEqual(4);
    expect(caughtGroups).toBeGreaterThan(0);
  });
});
