import type { VisitView } from '@/lib/view-model/types';

/**
 * Visits without their inputs and outputs, for drawing the graph in the browser: the payloads of a
 * 25,000-event history are megabytes the graph never reads.
 */
export function withoutPayloads(visits: readonly VisitView[]): VisitView[] {
  return visits.map((visit) => {
    const lean: VisitView = { ...visit, groups: visit.groups.map((group) => ({ ...group, visits: withoutPayloads(group.visits) })) };
    delete lean.input;
    delete lean.output;
    delete lean.parameters;
    return lean;
  });
}
