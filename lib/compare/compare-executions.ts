import type { ExecutionView, VisitView } from '@/lib/view-model/types';
import { alignVisits } from './align-visits';
import { compareGroups } from './compare-groups';
import { flattenVisits, type PlacedVisit } from './flatten-visits';
import { payloadsDiffer } from './payloads-differ';
import type { CompareExecutionSummary, CompareSide, ComparedState, Divergence, ExecutionComparison } from './types';
import { retriesOf, visitOutcome } from './visit-outcome';

function toSide(placed: PlacedVisit): CompareSide {
  const { visit } = placed;
  return {
    visitId: visit.id,
    outcome: visitOutcome(visit),
    next: placed.next,
    durationMs: visit.durationMs,
    retries: retriesOf(visit),
    error: visit.error,
    ...(visit.input !== undefined && { input: { text: visit.input, truncated: visit.inputTruncated === true } }),
    ...(visit.output !== undefined && { output: { text: visit.output, truncated: visit.outputTruncated === true } }),
  };
}

function summarize(view: ExecutionView, visits: number): CompareExecutionSummary {
  return { status: view.status, startMs: view.startMs, durationMs: view.durationMs, visits, partial: view.partial };
}

const sideFacts = (side: CompareSide | null) => ({
  outcome: side?.outcome ?? 'not-visited',
  next: side?.next ?? null,
  error: side?.error ?? null,
});

function toDivergence(state: ComparedState): Divergence {
  return {
    key: state.key,
    state: state.name,
    scope: state.scope,
    a: sideFacts(state.a),
    b: sideFacts(state.b),
    truncated: state.a?.input?.truncated === true || state.b?.input?.truncated === true,
  };
}

/**
 * Compares two executions (of one state machine, or of two): their state visits aligned in the order
 * they ran, each state's outcome, next state, duration, retries and data side by side, the first
 * state where the paths part (outcome or next state), and the first whose input differs (first: the
 * earliest position it ran at on either side). A is the
 * execution being looked at (the failed one), B the reference. Pure; linear in the visits apart from
 * sorting, and payloads are parsed only where their texts differ.
 */
export function compareExecutions(a: ExecutionView, b: ExecutionView): ExecutionComparison {
  const placedA = flattenVisits(a.visits);
  const placedB = flattenVisits(b.visits);
  const states: ComparedState[] = [];
  // The earliest state by the position it ran at on either side (ties: by key), so that swapping A
  // and B names the same state.
  let firstDivergence: { rank: number; state: ComparedState } | null = null;
  let firstInputDifference: { rank: number; state: ComparedState } | null = null;
  const earlier = (rank: number, state: ComparedState, best: { rank: number; state: ComparedState } | null) =>
    best === null || rank < best.rank || (rank === best.rank && state.key < best.state.key);
  for (const pair of alignVisits(placedA, placedB)) {
    const placed = (pair.a ?? pair.b) as PlacedVisit;
    const sideA = pair.a && toSide(pair.a);
    const sideB = pair.b && toSide(pair.b);
    const visitA: VisitView | null = pair.a?.visit ?? null;
    const visitB: VisitView | null = pair.b?.visit ?? null;
    const groups = compareGroups(visitA, visitB);
    const state: ComparedState = {
      key: placed.key,
      name: placed.visit.name,
      scope: placed.scope,
      occurrence: placed.occurrence,
      nodeId: placed.nodeId,
      depth: placed.depth,
      a: sideA,
      b: sideB,
      outcomeDiffers: (sideA?.outcome ?? 'not-visited') !== (sideB?.outcome ?? 'not-visited'),
      nextDiffers: sideA !== null && sideB !== null && sideA.next !== sideB.next,
      inputDiffers: payloadsDiffer(visitA?.input, visitB?.input),
      outputDiffers: payloadsDiffer(visitA?.output, visitB?.output),
      ...(groups && { groups }),
    };
    states.push(state);
    const rank = Math.min(pair.a?.rank ?? Infinity, pair.b?.rank ?? Infinity);
    if ((state.outcomeDiffers || state.nextDiffers) && earlier(rank, state, firstDivergence)) firstDivergence = { rank, state };
    if (state.inputDiffers && earlier(rank, state, firstInputDifference)) firstInputDifference = { rank, state };
  }
  const nodesA = [...new Set(placedA.map((placed) => placed.nodeId))];
  const nodesB = [...new Set(placedB.map((placed) => placed.nodeId))];
  const inA = new Set(nodesA);
  const inB = new Set(nodesB);
  return {
    a: summarize(a, placedA.length),
    b: summarize(b, placedB.length),
    states,
    firstDivergence: firstDivergence && toDivergence(firstDivergence.state),
    firstInputDifference: firstInputDifference && toDivergence(firstInputDifference.state),
    onlyA: nodesA.filter((node) => !inB.has(node)),
    onlyB: nodesB.filter((node) => !inA.has(node)),
    nodesA,
    nodesB,
  };
}
