import { describe, expect, it } from 'vitest';
import { MAX_EXECUTION_INPUT_BYTES, validateExecutionInput } from '@/lib/execution-actions/validate-execution-input';

describe('validateExecutionInput', () => {
  it('accepts JSON and keeps the text as typed', () => {
    expect(validateExecutionInput('{ "orderId": "ORD-1" }')).toEqual({ ok: true, input: '{ "orderId": "ORD-1" }' });
    expect(validateExecutionInput('42')).toEqual({ ok: true, input: '42' });
  });

  it('says what is wrong with text that is not JSON', () => {
    const verdict = validateExecutionInput('{ "orderId": ');
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.message).toMatch(/^The input is not valid JSON: /);
  });

  it('refuses empty input', () => {
    expect(validateExecutionInput('  ')).toEqual({ ok: false, message: 'The input is empty: an execution needs JSON input, at least {}.' });
  });

  it('counts UTF-8 bytes against AWS’s 256 KiB, not characters', () => {
    const atLimit = `"${'a'.repeat(MAX_EXECUTION_INPUT_BYTES - 2)}"`;
    expect(validateExecutionInput(atLimit).ok).toBe(true);
    // 'é' is two bytes: half as many characters already pass the limit.
    const tooLarge = `"${'é'.repeat(MAX_EXECUTION_INPUT_BYTES / 2)}"`;
    expect(validateExecutionInput(tooLarge)).toEqual({
      ok: false,
      message: 'The input is 262,146 bytes; Step Functions accepts at most 262,144 (256 KiB).',
    });
  });
});
