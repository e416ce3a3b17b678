/**
 * Step Functions prices as data: where they came from, when, and the numbers. A negotiated rate or a
 * region missing here is supplied by a price config file (parse-price-config.ts), never by editing code.
 */

/** One tier of the Express duration charge; `upToGbHours` is cumulative per month, null for the last tier. */
export interface ExpressDurationTier {
  upToGbHours: number | null;
  priceUsdPerGbHour: number;
}

export interface ExpressPrices {
  priceUsdPerMillionRequests: number;
  durationTiers: ExpressDurationTier[];
  /**
   * Duration is rounded up to this step (100 ms,
   * docs/aws-behaviour.md#pricing-for-express-workflows).
   */
  durationStepMs: number;
  /**
   * Memory is billed in chunks of this size (64 MB,
   * docs/aws-behaviour.md#pricing-for-express-workflows).
   */
  memoryStepMb: number;
  /** Which region these rates were published for; other regions fall back to them, flagged. */
  publishedForRegion: string;
}

export interface PriceTable {
  /** Human-readable origin of the numbers, shown next to every estimate. */
  source: string;
  /** When the numbers were read; shown with the source. */
  asOf: string;
  standard: {
    priceUsdPer1000TransitionsByRegion: Record<string, number>;
    /**
     * Account-wide, per month, never expires (docs/aws-behaviour.md#pricing-for-standard-workflows).
     * Not applied to a single execution.
     */
    freeTierTransitionsPerMonth: number;
  };
  express: ExpressPrices;
}

/**
 * Published list prices from a stored copy of the AWS Step Functions pricing page
 * (docs/aws-behaviour.md#pricing-for-standard-workflows and #pricing-for-express-workflows).
 * Standard: 18 regions from the stored region table. Express: us-east-1 only (the rest were not found).
 */
export const AWS_LIST_PRICES: PriceTable = {
  source: 'AWS Step Functions pricing page (aws.amazon.com/step-functions/pricing)',
  asOf: '2026-12-01',
  standard: {
    priceUsdPer1000TransitionsByRegion: {
      'us-east-1': 0.025,
      'us-east-2': 0.025,
      'us-west-2': 0.025,
      'us-west-1': 0.0279,
      'ca-central-1': 0.025,
      'sa-east-1': 0.0375,
      'us-gov-east-1': 0.03,
      'us-gov-west-1': 0.03,
      'eu-west-1': 0.025,
      'eu-central-1': 0.025,
      'eu-west-2': 0.025,
      'eu-west-3': 0.0297,
      'eu-north-1': 0.025,
      'ap-southeast-1': 0.025,
      'ap-northeast-1': 0.025,
      'ap-southeast-2': 0.025,
      'ap-northeast-2': 0.0271,
      'ap-south-1': 0.0285,
    },
    freeTierTransitionsPerMonth: 4000,
  },
  express: {
    priceUsdPerMillionRequests: 1,
    // The GB-hour rates are the exact numbers of AWS's own worked example
    // (docs/aws-behaviour.md#worked-pricing-examples, E2).
    durationTiers: [
      { upToGbHours: 1000, priceUsdPerGbHour: 0.06 },
      { upToGbHours: 5000, priceUsdPerGbHour: 0.03 },
      { upToGbHours: null, priceUsdPerGbHour: 0.01642 },
    ],
    durationStepMs: 100,
    memoryStepMb: 64,
    publishedForRegion: 'us-east-1',
  },
};
