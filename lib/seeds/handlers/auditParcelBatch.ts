import { namedError } from '../support/read-field';

interface ParcelBatch {
  Items?: Array<{ parcelId?: unknown }>;
  BatchInput?: { warehouse?: unknown };
}

/** The demo's damaged parcels: every 397th, so a 2,500-parcel audit has six, each in its own batch. */
export function isDamagedParcel(parcelId: string): boolean {
  const serial = Number(/(\d+)$/.exec(parcelId)?.[1] ?? NaN);
  return Number.isInteger(serial) && serial % 397 === 0;
}

/**
 * Demo Distributed Map child: audits one batch of parcels (ItemBatcher's `Items`, with `BatchInput`);
 * a damaged parcel raises ParcelDamagedError, which fails this child workflow and counts every item
 * of its batch as failed against the Map Run's tolerated failure threshold.
 */
export async function handler(event: unknown): Promise<Record<string, unknown>> {
  const batch = (event ?? {}) as ParcelBatch;
  const warehouse = String(batch.BatchInput?.warehouse ?? '');
  const parcelIds = (batch.Items ?? []).map((item) => String(item.parcelId ?? ''));
  const damaged = parcelIds.find(isDamagedParcel);
  if (damaged) {
    throw namedError('ParcelDamagedError', `Parcel ${damaged} at ${warehouse} failed its audit: the packaging is damaged`);
  }
  return { warehouse, audited: parcelIds.length, firstParcel: parcelIds[0] ?? null, lastParcel: parcelIds.at(-1) ?? null };
}
