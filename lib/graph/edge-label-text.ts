import type { EdgeRun, GraphEdge } from './types';

/** Errors that match many others: a Catch on them may catch an error of any name. */
const WILDCARD_ERRORS = new Set(['States.ALL', 'States.TaskFailed']);
/** Room for the name of an error a wildcard Catch caught, which the definition cannot tell. */
const WILDCARD_CAUGHT_CHARS = 24;
/** Longer labels are cut with an ellipsis (the full text stays in the edge's accessible name). */
export const MAX_EDGE_LABEL_CHARS = 40;

const clip = (text: string) => (text.length > MAX_EDGE_LABEL_CHARS ? `${text.slice(0, MAX_EDGE_LABEL_CHARS - 1)}…` : text);

/** What an edge says on the graph: a Catch its errors, or once taken the error it caught; Default "Default". */
export function edgeLabelText(edge: GraphEdge, run: EdgeRun | undefined): string | undefined {
  if (edge.kind !== 'catch') return edge.label;
  return clip(run?.taken ? `caught ${run.caughtError ?? edge.label ?? ''}` : `Catch: ${edge.label ?? ''}`);
}

/**
 * The longest text the edge's label can show, so the layout reserves room for it before the
 * execution is known: the caught error is one the Catch names, or (States.ALL) any name.
 */
export function longestEdgeLabelText(edge: GraphEdge): string | undefined {
  if (edge.kind !== 'catch') return edge.label;
  const errors = (edge.label ?? '').split(', ');
  const longestCaught = Math.max(
    ...errors.map((error) => (WILDCARD_ERRORS.has(error) ? Math.max(error.length, WILDCARD_CAUGHT_CHARS) : error.length)),
  );
  const forms = [`Catch: ${edge.label ?? ''}`, `caught ${'x'.repeat(longestCaught)}`];
  return clip(forms.reduce((a, b) => (b.length > a.length ? b : a)));
}
