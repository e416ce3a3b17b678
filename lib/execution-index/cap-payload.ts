import type { StoredPayload } from './types';

/** Payloads above this are stored cut (the whole is in AWS while AWS keeps it). */
export const DEFAULT_PAYLOAD_CAP_BYTES = 64 * 1024;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A payload as the index stores it: its size in UTF-8 bytes, and its text cut at `capBytes` on a
 * character boundary (never half a multi-byte character) when longer, saying so in `truncated`.
 */
export function capPayload(text: string, capBytes: number = DEFAULT_PAYLOAD_CAP_BYTES): StoredPayload {
  if (!Number.isInteger(capBytes) || capBytes < 0) throw new Error(`payload cap must be a whole number of bytes ≥ 0, got ${capBytes}`);
  // Every UTF-16 unit is at most 3 UTF-8 bytes: short texts need no encoding to know they fit.
  if (text.length * 3 <= capBytes) return { text, bytes: encoder.encode(text).length, truncated: false };
  const bytes = encoder.encode(text);
  if (bytes.length <= capBytes) return { text, bytes: bytes.length, truncated: false };
  let end = capBytes;
  // Back off continuation bytes (10xxxxxx) to the start of the character the cap falls in.
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end -= 1;
  return { text: decoder.decode(bytes.subarray(0, end)), bytes: bytes.length, truncated: true };
}
