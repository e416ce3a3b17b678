import { describe, expect, it } from 'vitest';
import { AWS_LIST_PRICES, type PriceTable } from '@/lib/cost/price-table';
import { standardPriceForRegion, UnknownRegionPriceError } from '@/lib/cost/standard-price-for-region';

describe('standardPriceForRegion: the price of 1,000 Standard transitions from the table', () => {
  // docs/aws-behaviour.md#pricing-for-standard-workflows
  it.each([
    ['us-east-1', 0.025],
    ['us-east-2', 0.025],
    ['us-west-2', 0.025],
    ['ca-central-1', 0.025],
    ['eu-west-1', 0.025],
    ['eu-central-1', 0.025],
    ['eu-west-2', 0.025],
    ['eu-north-1', 0.025],
    ['ap-southeast-1', 0.025],
    ['ap-northeast-1', 0.025],
    ['ap-southeast-2', 0.025],
    ['us-west-1', 0.0279],
    ['eu-west-3', 0.0297],
    ['ap-northeast-2', 0.0271],
    ['ap-south-1', 0.0285],
    ['sa-east-1', 0.0375],
    ['us-gov-east-1', 0.03],
    ['us-gov-west-1', 0.03],
  ])('lists %s at $%s', (region, price) => {
    expect(standardPriceForRegion(AWS_LIST_PRICES, region)).toBe(price);
  });

  it('names the region and the price config entry that would fix it when the table has no price', () => {
    let thrown: unknown;
    try {
      standardPriceForRegion(AWS_LIST_PRICES, 'ap-east-1');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UnknownRegionPriceError);
    expect(thrown).toMatchObject({
      name: 'UnknownRegionPriceError',
      region: 'ap-east-1',
      message:
        'no Standard price is known for ap-east-1: AWS\'s stored price table lists 18 regions. Add it to a price config file, e.g. {"standard":{"priceUsdPer1000Transitions":{"ap-east-1":0.025}}}',
    });
  });

  it.each([[''], ['US-EAST-1'], [' us-east-1'], ['us-east-1a']])('has no price for %j', (region) => {
    expect(() => standardPriceForRegion(AWS_LIST_PRICES, region)).toThrow(UnknownRegionPriceError);
  });

  // The lookup reads only the table's own regions, not inherited properties of the plain table object
  // ('constructor' even passes regionFromArn's pattern).
  it.each([['constructor'], ['toString'], ['__proto__']])('has no price for %j, a name of Object.prototype', (region) => {
    expect(() => standardPriceForRegion(AWS_LIST_PRICES, region)).toThrow(UnknownRegionPriceError);
  });

  it('reads a negotiated or added price from the table it is given, 0 included', () => {
    const prices: PriceTable = {
      ...AWS_LIST_PRICES,
      standard: {
        ...AWS_LIST_PRICES.standard,
        priceUsdPer1000TransitionsByRegion: { 'us-east-1': 0.02, 'ap-east-1': 0.0275, 'il-central-1': 0 },
      },
    };
    expect(standardPriceForRegion(prices, 'us-east-1')).toBe(0.02);
    expect(standardPriceForRegion(prices, 'ap-east-1')).toBe(0.0275);
    expect(standardPriceForRegion(prices, 'il-central-1')).toBe(0);
    expect(() => standardPriceForRegion(prices, 'eu-west-1')).toThrow(UnknownRegionPriceError);
  });
});
