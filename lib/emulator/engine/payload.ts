import { toJsonText as aslJsonText } from '../asl/json-text';
import type { JsonValue } from '../asl/json-value';
import type { StateFailure } from './execution-errors';

/** AWS's payload quota: 256 KiB of UTF-8 (docs/aws-behaviour.md#quotas-and-throttling). */
export const MAX_PAYLOAD_BYTES = 262_144;

/** Compact JSON text, as AWS writes the payloads it produces. */
export function toJsonText(value: JsonValue | undefined): string {
  return aslJsonText(value ?? null);
}

export function payloadBytes(text: string): number {
  // Cheap upper bound first: UTF-8 never takes more than 3 bytes per UTF-16 unit.
  if (text.length * 3 <= MAX_PAYLOAD_BYTES) return text.length;
  return Buffer.byteLength(text, 'utf8');
}

export function checkPayloadSize(text: string, failure: () => StateFailure): void {
  if (payloadBytes(text) > MAX_PAYLOAD_BYTES) throw failure();
}
