import { describe, expect, it } from 'vitest';
import { parseVisitIdParam, readVisitIdParam, visitPayloadsOf } from '@/lib/view-model/visit-payloads';
import { loadFixtureView } from '../../support/view-model/load-fixture-view';

describe('visitPayloadsOf', () => {
  it('gives a visit’s input, output and Task parameters, and only those', () => {
    const charge = loadFixtureView('order-payment-caught').visits[1]!;
    const payloads = visitPayloadsOf(charge);
    expect(Object.keys(payloads).sort()).toEqual(
      ['input', 'output', 'parameters'].filter((key) => key in charge && charge[key as 'input'] !== undefined).sort(),
    );
    expect(payloads.output).toBe(charge.output);
    expect(payloads.input).toBe(charge.input);
  });

  it('keeps the truncation flags and leaves absent payloads absent', () => {
    const visit = { ...loadFixtureView('order-payment-caught').visits[0]!, output: undefined, inputTruncated: true as const };
    const payloads = visitPayloadsOf(visit);
    expect(payloads.inputTruncated).toBe(true);
    expect('output' in payloads).toBe(false);
    expect('outputTruncated' in payloads).toBe(false);
  });
});

describe('parseVisitIdParam', () => {
  it('reads a positive whole number', () => {
    expect(parseVisitIdParam('49')).toBe(49);
    expect(parseVisitIdParam('1')).toBe(1);
  });

  it('refuses anything else', () => {
    for (const value of [null, '', '0', '-3', '1.5', '12abc', ' 4', '0x10', '99999999999'])
      expect(parseVisitIdParam(value)).toBeUndefined();
  });
});

describe('readVisitIdParam', () => {
  it('gives the visit id, or says what is missing or wrong', () => {
    expect(readVisitIdParam('49')).toEqual({ ok: true, visitId: 49 });
    expect(readVisitIdParam(null)).toEqual({ ok: false, message: 'Name the visit: ?visit=<its entered event id>.' });
    expect(readVisitIdParam('x1')).toEqual({ ok: false, message: '"x1" is not a visit id (a positive whole number).' });
  });
});
