import { describe, expect, it } from 'vitest';
import { handler, isDamagedParcel } from '@/lib/seeds/handlers/auditParcelBatch';

const batch = (ids: string[]) => ({ Items: ids.map((parcelId) => ({ parcelId })), BatchInput: { warehouse: 'PDX-1' } });

describe('auditParcelBatch', () => {
  it('audits a batch of sound parcels', async () => {
    expect(await handler(batch(['PDX-1-P-00001', 'PDX-1-P-00002']))).toEqual({
      warehouse: 'PDX-1',
      audited: 2,
      firstParcel: 'PDX-1-P-00001',
      lastParcel: 'PDX-1-P-00002',
    });
  });

  it('fails a batch holding a damaged parcel with ParcelDamagedError naming it', async () => {
    await expect(handler(batch(['PDX-1-P-00396', 'PDX-1-P-00397']))).rejects.toMatchObject({
      name: 'ParcelDamagedError',
      message: 'Parcel PDX-1-P-00397 at PDX-1 failed its audit: the packaging is damaged',
    });
  });

  it('calls every 397th parcel damaged, and nothing without a serial', () => {
    expect(['PDX-1-P-00397', 'PDX-1-P-00794', 'PDX-1-P-00398', 'PDX-1-P-', ''].map(isDamagedParcel)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
