import { describe, expect, it } from 'vitest';
import { mapRunHref, mapRunName } from '@/components/map-runs/map-run-href';

const ARN = 'arn:aws:states:us-east-1:123456789012:mapRun:parcel-audit/AuditParcels:run-1';

describe('mapRunHref', () => {
  it('puts the ARN in one encoded segment and the status and cursor in the query', () => {
    expect(mapRunHref(ARN)).toBe('/map-runs/arn%3Aaws%3Astates%3Aus-east-1%3A123456789012%3AmapRun%3Aparcel-audit%2FAuditParcels%3Arun-1');
    expect(mapRunHref(ARN, { status: 'FAILED', cursor: 'FAILED.a/b' })).toMatch(/\?status=FAILED&cursor=FAILED.a%2Fb$/);
  });
});

describe('mapRunName', () => {
  it('is MACHINE/LABEL for a Map Run ARN and the text itself otherwise', () => {
    expect(mapRunName(ARN)).toBe('parcel-audit/AuditParcels');
    expect(mapRunName('not-an-arn')).toBe('not-an-arn');
  });
});
