import { describe, expect, it } from 'vitest';
import { formatJson } from '@/lib/format/format-json';
import { readExecutionPayloadParam, withoutLargeExecutionPayloads } from '@/lib/view-model/execution-payloads-preview';
import { packExecutionView } from '@/lib/view-model/pack-execution-view';
import { PAYLOAD_HEAD_CHARS } from '@/lib/view-model/visit-payloads-preview';
import { loadFixtureView } from '../../support/view-model/load-fixture-view';

const large = JSON.stringify({ items: Array.from({ length: 2_000 }, (_, n) => ({ n })) });

describe('withoutLargeExecutionPayloads', () => {
  it('returns a view whose input and output are small as it is', () => {
    const packed = packExecutionView({ ...loadFixtureView('order-fulfilment-succeeded'), input: '{"a":1}', output: '{"b":2}' });
    expect(withoutLargeExecutionPayloads(packed)).toEqual({ packed, previews: {} });
    expect(withoutLargeExecutionPayloads(packed).packed).toBe(packed);
  });

  it('sends a large input as its first lines, indented as the card shows them, and keeps a small output', () => {
    const packed = packExecutionView({ ...loadFixtureView('order-fulfilment-succeeded'), input: large, output: '{"b":2}' });
    const before = JSON.stringify(packed);
    const { packed: lean, previews } = withoutLargeExecutionPayloads(packed);
    expect(lean.head.input).toBeUndefined();
    expect(lean.head.output).toBe('{"b":2}');
    expect(lean.visits).toBe(packed.visits);
    const indented = formatJson(large);
    expect(previews).toEqual({ input: { head: indented.slice(0, PAYLOAD_HEAD_CHARS), totalChars: indented.length } });
    expect(Object.keys(previews)).toEqual(['input']);
    // The cached whole view is not changed: the view route still sends the input.
    expect(JSON.stringify(packed)).toBe(before);
  });

  it('takes the threshold it is given, for the output too', () => {
    const packed = packExecutionView({ ...loadFixtureView('order-fulfilment-succeeded'), input: '{"a":1}', output: '{"b":22}' });
    const { packed: lean, previews } = withoutLargeExecutionPayloads(packed, 7);
    expect(lean.head.input).toBe('{"a":1}');
    expect(lean.head.output).toBeUndefined();
    expect(previews.output).toEqual({ head: formatJson('{"b":22}'), totalChars: formatJson('{"b":22}').length });
  });
});

describe('readExecutionPayloadParam', () => {
  it('reads input and output, and says what else is wrong', () => {
    expect(readExecutionPayloadParam('input')).toEqual({ ok: true, payload: 'input' });
    expect(readExecutionPayloadParam('output')).toEqual({ ok: true, payload: 'output' });
    expect(readExecutionPayloadParam('')).toEqual({ ok: false, message: `?execution= names the execution's "input" or "output"; got ''.` });
    expect(readExecutionPayloadParam('x'.repeat(100))).toMatchObject({
      ok: false,
      message: expect.stringContaining(`got '${'x'.repeat(40)}'`),
    });
  });
});
