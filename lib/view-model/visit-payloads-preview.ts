import { formatJson } from '@/lib/format/format-json';
import type { VisitPayloads } from './visit-payloads';

/** The start of one payload, pretty-printed, and how long the whole of it is. */
export interface PayloadHead {
  head: string;
  /** Characters of the whole payload pretty-printed: what "the rest" is. */
  totalChars: number;
}

/** What a page sends of a visit's payloads too large to carry whole: their first lines, shown until the rest arrives. */
export type VisitPayloadsPreview = Partial<Record<'input' | 'output' | 'parameters', PayloadHead>>;

/** Characters of each payload a preview carries: a screenful of pretty-printed JSON. */
export const PAYLOAD_HEAD_CHARS = 2_000;

/** The first PAYLOAD_HEAD_CHARS of a payload pretty-printed, and the whole's length. */
export function payloadHeadOf(text: string): PayloadHead {
  const formatted = formatJson(text);
  return { head: formatted.slice(0, PAYLOAD_HEAD_CHARS), totalChars: formatted.length };
}

/** The first PAYLOAD_HEAD_CHARS of each payload the visit has, pretty-printed as the inspector prints them. */
export function previewVisitPayloads(payloads: VisitPayloads): VisitPayloadsPreview {
  const preview: VisitPayloadsPreview = {};
  const headOf = (text: string | undefined) => (text === undefined ? undefined : payloadHeadOf(text));
  const input = headOf(payloads.input);
  const output = headOf(payloads.output);
  const parameters = headOf(payloads.parameters);
  if (input) preview.input = input;
  if (output) preview.output = output;
  if (parameters) preview.parameters = parameters;
  return preview;
}
