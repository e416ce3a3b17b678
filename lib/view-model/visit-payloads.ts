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
