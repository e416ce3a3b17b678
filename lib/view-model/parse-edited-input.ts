/** Step Functions' limit on a state's input, in UTF-8 bytes (256 KiB). */
export const EDITED_INPUT_MAX_BYTES = 262_144;

export type EditedInputVerdict = { ok: true; input: string } | { ok: false; message: string };

/**
 * Checks the input the user typed for "run this state again": JSON text within Step Functions'
 * payload limit. The browser runs it before sending, the server again on what arrives.
 */
export function parseEditedInput(text: string): EditedInputVerdict {
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > EDITED_INPUT_MAX_BYTES) {
    return {
      ok: false,
      message: `The input is ${bytes.toLocaleString('en-US')} bytes; a state’s input is limited to ${EDITED_INPUT_MAX_BYTES.toLocaleString('en-US')} bytes.`,
    };
  }
  if (text.trim() === '') return { ok: false, message: 'The input is empty; a state’s input is JSON, such as {}.' };
  try {
    JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `The input is not valid JSON: ${error instanceof Error ? error.message : String(error)}.` };
  }
  return { ok: true, input: text };
}

/** The POST body the inspector sends: `{"input": "<JSON text>"}`. */
export function parseEditedInputBody(body: string): EditedInputVerdict {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { ok: false, message: 'The request body is not JSON; send {"input": "<the state input as JSON text>"}.' };
  }
  const input = typeof parsed === 'object' && parsed !== null ? (parsed as { input?: unknown }).input : undefined;
  if (typeof input !== 'string')
    return { ok: false, message: 'The request body has no "input" string; send {"input": "<the state input as JSON text>"}.' };
  return parseEditedInput(input);
}
