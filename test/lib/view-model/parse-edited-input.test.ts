import { describe, expect, it } from 'vitest';
import { EDITED_INPUT_MAX_BYTES, parseEditedInput, parseEditedInputBody } from '@/lib/view-model/parse-edited-input';

describe('parseEditedInput', () => {
  it('accepts any JSON value', () => {
    expect(parseEditedInput('{"a": 1}')).toEqual({ ok: true, input: '{"a": 1}' });
    expect(parseEditedInput('"text"')).toEqual({ ok: true, input: '"text"' });
  });

  it('names the problem with JSON that does not parse, and with an empty input', () => {
    const broken = parseEditedInput('{"a": }');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.message).toMatch(/^The input is not valid JSON: /);
    expect(parseEditedInput('  ')).toEqual({ ok: false, message: 'The input is empty; a state’s input is JSON, such as {}.' });
  });

  it('refuses an input over Step Functions’ 256 KiB limit, counted in UTF-8 bytes', () => {
    const justOver = `"${'é'.repeat(EDITED_INPUT_MAX_BYTES / 2)}"`;
    expect(parseEditedInput(justOver)).toEqual({
      ok: false,
      message: 'The input is 262,146 bytes; a state’s input is limited to 262,144 bytes.',
    });
  });
});

describe('parseEditedInputBody', () => {
  it('reads {"input": "<JSON text>"} and checks the input', () => {
    expect(parseEditedInputBody('{"input":"{\\"a\\":1}"}')).toEqual({ ok: true, input: '{"a":1}' });
    expect(parseEditedInputBody('{"input":"{oops"}')).toMatchObject({ ok: false });
  });

  it('explains the shape it wants when the body is not it', () => {
    const wanted = { ok: false, message: 'The request body has no "input" string; send {"input": "<the state input as JSON text>"}.' };
    expect(parseEditedInputBody('{"input":{"a":1}}')).toEqual(wanted);
    expect(parseEditedInputBody('null')).toEqual(wanted);
    expect(parseEditedInputBody('<html>')).toEqual({
      ok: false,
      message: 'The request body is not JSON; send {"input": "<the state input as JSON text>"}.',
    });
  });
});
