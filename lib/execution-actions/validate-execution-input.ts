/** AWS's limit on an execution's input: 256 KiB of UTF-8 (https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html). */
export const MAX_EXECUTION_INPUT_BYTES = 262_144;

export type InputVerdict = { ok: true; input: string } | { ok: false; message: string };

/**
 * Checks text meant as an execution's input: JSON, within 256 KiB. The text itself is kept (not
 * re-serialised), so what the user typed is what the execution receives.
 */
export function validateExecutionInput(text: string): InputVerdict {
  if (text.trim() === '') return { ok: false, message: 'The input is empty: an execution needs JSON input, at least {}.' };
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_EXECUTION_INPUT_BYTES) {
    return {
      ok: false,
      message: `The input is ${bytes.toLocaleString('en-US')} bytes; Step Functions accepts at most ${MAX_EXECUTION_INPUT_BYTES.toLocaleString('en-US')} (256 KiB).`,
    };
  }
  try {
    JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The input is not valid JSON: ${detail}` };
  }
  return { ok: true, input: text };
}
