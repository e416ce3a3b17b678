/** Where data comes from and how reading it can fail, as plain data any layer may pass around. */

/** Where the adapter's settings came from, for the header and for error messages. */
export interface DataSourceInfo {
  /** The Step Functions endpoint requests go to. */
  endpoint: string;
  endpointSource: 'AWS_ENDPOINT_URL_SFN' | 'AWS_ENDPOINT_URL' | 'shared config file' | 'AWS default';
  region: string;
  regionSource: 'AWS_REGION' | 'SDK configuration' | 'fallback (none configured)';
  /** True when the endpoint is not AWS itself (emulator, Step Functions Local, LocalStack). */
  isCustomEndpoint: boolean;
}

export const DATA_SOURCE_ERROR_KINDS = [
  'no-credentials',
  'access-denied',
  'not-found',
  'throttled',
  'unreachable',
  'invalid-input',
] as const;
export type DataSourceErrorKind = (typeof DATA_SOURCE_ERROR_KINDS)[number];

/** A DataSourceError reduced to plain data, safe to pass to any component. */
export interface DataSourceProblem {
  kind: DataSourceErrorKind;
  message: string;
  hint: string;
}
