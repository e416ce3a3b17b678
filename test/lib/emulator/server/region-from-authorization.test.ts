import { describe, expect, it } from 'vitest';
import { DEFAULT_REGION, regionFromAuthorization } from '@/lib/emulator/server/region-from-authorization';

describe('regionFromAuthorization', () => {
  it.each([
    ['AWS4-HMAC-SHA256 Credential=AKID/20240101/eu-west-1/states/aws4_request, SignedHeaders=host, Signature=abc', 'eu-west-1'],
    ['AWS4-HMAC-SHA256 Credential=test/20991231/ap-southeast-2/logs/aws4_request, SignedHeaders=host', 'ap-southeast-2'],
    ['AWS4-HMAC-SHA256 Credential=AKID/20240101/us-gov-west-1/states/aws4_request', 'us-gov-west-1'],
  ])('reads the region from the credential scope of %j', (header, region) => {
    expect(regionFromAuthorization(header)).toBe(region);
  });

  it.each([
    ['no header', undefined],
    ['an empty header', ''],
    ['no credential', 'Bearer token'],
    ['a scope without a date', 'AWS4-HMAC-SHA256 Credential=AKID/eu-west-1/states/aws4_request'],
    ['a region in capitals', 'AWS4-HMAC-SHA256 Credential=AKID/20240101/EU-WEST-1/states/aws4_request'],
  ])('falls back to us-east-1 for %s', (_what, header) => {
    expect(regionFromAuthorization(header)).toBe('us-east-1');
    expect(DEFAULT_REGION).toBe('us-east-1');
  });
});
