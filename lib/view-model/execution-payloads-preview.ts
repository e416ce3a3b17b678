import type { PackedExecutionView } from './pack-execution-view';
import { payloadHeadOf, type PayloadHead } from './visit-payloads-preview';

/** The execution's own payloads, which the Execution input and output cards show. */
export const EXECUTION_PAYLOADS = ['input', 'output'] as const;
export type ExecutionPayload = (typeof EXECUTION_PAYLOADS)[number];

/** The first lines of the execution's input or output when they are too large to carry in the page. */
export type ExecutionPayloadsPreview = Partial<Record<ExecutionPayload, PayloadHead>>;

/**
 * From this many characters, the execution's input or output leaves the page's view for its first
 * lines: the bench's 3,400-item Map input (36 KB) was a third of the view data once the Map's
 * iterations were left out, and the card shows its first 2,000 characters anyway.
 */
export const EXECUTION_PAYLOAD_MAX_CHARACTERS = 16 * 1024;

/**
 * The packed view without an input or output over `maxCharacters`, and the first lines of those it
 * left out (pretty-printed, as the cards print them). The view itself is returned when nothing is
 * that large; it is never changed.
 */
export function withoutLargeExecutionPayloads(
  packed: PackedExecutionView,
  maxCharacters: number = EXECUTION_PAYLOAD_MAX_CHARACTERS,
): { packed: PackedExecutionView; previews: ExecutionPayloadsPreview } {
  const previews: ExecutionPayloadsPreview = {};
  const head = { ...packed.head };
  for (const payload of EXECUTION_PAYLOADS) {
    const text = head[payload];
    if (text === undefined || text.length <= maxCharacters) continue;
    previews[payload] = payloadHeadOf(text);
    delete head[payload];
  }
  return Object.keys(previews).length === 0 ? { packed, previews } : { packed: { ...packed, head }, previews };
}

/** An `?execution=` value read for a route: which payload, or what is wrong with it in words. */
export function readExecutionPayloadParam(value: string): { ok: true; payload: ExecutionPayload } | { ok: false; message: string } {
  const payload = EXECUTION_PAYLOADS.find((name) => name === value);
  if (payload) return { ok: true, payload };
  return { ok: false, message: `?execution= names the execution's "input" or "output"; got '${value.slice(0, 40)}'.` };
}
