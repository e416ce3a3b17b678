import { describe, expect, it } from 'vitest';
import { parsePriceConfig, PriceConfigError } from '@/lib/cost/parse-price-config';
import { AWS_LIST_PRICES } from '@/lib/cost/price-table';

describe('parsePriceConfig: negotiated rates and missing regions', () => {
  it('overrides a region, adds one, and keeps the rest of the list prices', () => {
    const table = parsePriceConfig(
      JSON.stringify({
        source: 'ACME private pricing 2026',
        asOf: '2026-01-31',
        standard: { priceUsdPer1000Transitions: { 'us-east-1': 0.02, 'ap-east-1': 0.0275 }, freeTierTransitionsPerMonth: 0 },
        express: {
          priceUsdPerMillionRequests: 0.8,
          durationTiers: [
            { upToGbHours: 100, priceUsdPerGbHour: 0.05 },
            { upToGbHours: null, priceUsdPerGbHour: 0.02 },
          ],
        },
      }),
      'prices.json',
    );
    expect(table.source).toBe('ACME private pricing 2026');
    expect(table.asOf).toBe('2026-01-31');
    expect(table.standard.priceUsdPer1000TransitionsByRegion['us-east-1']).toBe(0.02);
    expect(table.standard.priceUsdPer1000TransitionsByRegion['ap-east-1']).toBe(0.0275);
    expect(table.standard.priceUsdPer1000TransitionsByRegion['sa-east-1']).toBe(0.0375);
    expect(table.standard.freeTierTransitionsPerMonth).toBe(0);
    expect(table.express.priceUsdPerMillionRequests).toBe(0.8);
    expect(table.express.durationTiers).toHaveLength(2);
    expect(table.express.memoryStepMb).toBe(64);
    expect(AWS_LIST_PRICES.standard.priceUsdPer1000TransitionsByRegion['us-east-1']).toBe(0.025);
  });

  it('says the file was the source when it names none', () => {
    expect(parsePriceConfig('{}', 'prices.json').source).toMatch(/^prices\.json \(over AWS Step Functions pricing page/);
  });

  it.each([
    ['not json', 'price config p.json: not valid JSON'],
    ['[]', 'price config p.json: must be a JSON object'],
    ['{"standrd":{}}', 'unknown field standrd (allowed: source, asOf, standard, express)'],
    [
      '{"standard":{"priceUsdPer1000Transitions":{"us-east-1":"0.02"}}}',
      'standard.priceUsdPer1000Transitions["us-east-1"] must be a number of at least 0, got "0.02"',
    ],
    ['{"standard":{"priceUsdPer1000Transitions":{"useast1":0.02}}}', "'useast1', which is not a region code"],
    ['{"standard":{"freeTierTransitionsPerMonth":-1}}', 'standard.freeTierTransitionsPerMonth must be a number of at least 0, got -1'],
    ['{"express":{"durationTiers":[]}}', 'express.durationTiers must be a non-empty array'],
    ['{"express":{"durationTiers":[{"upToGbHours":10,"priceUsdPerGbHour":0.1}]}}', 'express.durationTiers[0].upToGbHours must be null'],
    [
      '{"express":{"durationTiers":[{"upToGbHours":10,"priceUsdPerGbHour":0.1},{"upToGbHours":5,"priceUsdPerGbHour":0.1},{"upToGbHours":null,"priceUsdPerGbHour":0.1}]}}',
      'express.durationTiers[1].upToGbHours must be a number greater than 10, got 5',
    ],
    ['{"express":{"requestPrice":1}}', 'unknown field express.requestPrice'],
  ])('rejects %s with a message naming the field', (text, message) => {
    expect(() => parsePriceConfig(text, 'p.json')).toThrow(PriceConfigError);
    expect(() => parsePriceConfig(text, 'p.json')).toThrow(message);
  });
});
