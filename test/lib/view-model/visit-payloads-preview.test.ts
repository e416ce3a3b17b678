import { describe, expect, it } from 'vitest';
import { PAYLOAD_HEAD_CHARS, previewVisitPayloads } from '@/lib/view-model/visit-payloads-preview';

describe('previewVisitPayloads', () => {
  it('carries the first characters of each payload pretty-printed, and the whole length', () => {
    const items = Array.from({ length: 3_400 }, (_, index) => ({ id: index, name: `item ${index}` }));
    const input = JSON.stringify({ items });
    const preview = previewVisitPayloads({ input, output: '{"ok":true}' });
    const whole = JSON.stringify({ items }, null, 2);
    expect(preview.input).toEqual({ head: whole.slice(0, PAYLOAD_HEAD_CHARS), totalChars: whole.length });
    expect(preview.input!.head).toMatch(/^\{\n {2}"items": \[\n {4}\{\n {6}"id": 0,/);
    expect(preview.output).toEqual({ head: '{\n  "ok": true\n}', totalChars: 16 });
  });

  it('leaves out the payloads the visit has none of, so "none recorded" stays apart from an empty one', () => {
    expect(previewVisitPayloads({})).toEqual({});
    expect(previewVisitPayloads({ parameters: '""' })).toEqual({ parameters: { head: '""', totalChars: 2 } });
  });

  it('keeps text that is not JSON as it is', () => {
    expect(previewVisitPayloads({ output: 'not json' }).output).toEqual({ head: 'not json', totalChars: 8 });
  });
});
