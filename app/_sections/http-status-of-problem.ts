import type { DataSourceErrorKind } from '@/lib/aws';

/**
 * The status of a route answer that failed reading the data source, by what failed: the address
 * names nothing (404) or something invalid (400), the data source refused this server's credentials
 * (403), or it is down, throttling or not configured, which a retry may fix (503).
 */
export const HTTP_STATUS_OF_PROBLEM: Record<DataSourceErrorKind, number> = {
  'not-found': 404,
  'invalid-input': 400,
  'access-denied': 403,
  'no-credentials': 503,
  throttled: 503,
  unreachable: 503,
};
