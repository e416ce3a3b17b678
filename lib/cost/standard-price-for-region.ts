import type { PriceTable } from './price-table';

/** No Standard price is known for the region; the fix is a price config entry. */
export class UnknownRegionPriceError extends Error {
  constructor(readonly region: string) {
    super(
      `no Standard price is known for ${region}: AWS's stored price table lists 18 regions. Add it to a price config file, e.g. {"standard":{"priceUsdPer1000Transitions":{"${region}":0.025}}}`,
    );
    this.name = 'UnknownRegionPriceError';
  }
}

/** The price of 1,000 Standard state transitions in a region, from the table (list or negotiated). */
export function standardPriceForRegion(prices: PriceTable, region: string): number {
  const byRegion = prices.standard.priceUsdPer1000TransitionsByRegion;
  // Own keys only: 'constructor', 'toString' or '__proto__' must not find an Object.prototype member.
  const price = Object.hasOwn(byRegion, region) ? byRegion[region] : undefined;
  if (price === undefined) throw new UnknownRegionPriceError(region);
  return price;
}
