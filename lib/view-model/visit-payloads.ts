import type { VisitView } from './types';

/** One visit's payloads, which the packed view leaves out: what the inspector fetches on demand. */
export type VisitPayloads = Pick<VisitView, 'input' | 'output' | 'parameters' | 'inputTruncated' | 'outputTruncated'>;

/** The payload fields a visit has (absent ones stay absent, so JSON keeps "none recorded" apart from ""). */
export function visitPayloadsOf(visit: VisitView): VisitPayloads {
  const payloads: VisitPayloads = {};
  if (visit.input !== undefined) payloads.input = visit.input;
  if (visit.output !== undefined) payloads.output = visit.output;
  if (visit.parameters !== undefined) payloads.parameters = visit.parameters;
  if (visit.inputTruncated) payloads.inputTruncated = true;
  if (visit.outputTruncated) payloads.outputTruncated = true;
  return payloads;
}

/** Parses a `?visit=` value: a visit id is its entered event id, a positive integer. */
export function parseVisitIdParam(value: string | null): number | undefined {
  if (value === null || !/^[1-9]\d{0,9}$/.test(value)) return undefined;
  return Number(value);
}

/** A `?visit=` value read for a route: the visit id, or what is wrong with it in words. */
export function readVisitIdParam(value: string | null): { ok: true; visitId: number } | { ok: false; message: string } {
  const visitId = parseVisitIdParam(value);
  if (visitId !== undefined) return { ok: true, visitId };
  return {
    ok: false,
    message: value === null ? 'Name the visit: ?visit=<its entered event id>.' : `"${value}" is not a visit id (a positive whole number).`,
  };
}
