import { createHash } from 'node:crypto';
import { namedError } from '../support/read-field';

interface Shipment {
  shipmentId?: unknown;
  recipient?: { name?: unknown; postcode?: unknown; country?: unknown };
  weightKg?: unknown;
}

// Postcode shapes for the countries the demo ships to; anything else needs a person to look at it.
const POSTCODE_BY_COUNTRY: Readonly<Record<string, RegExp>> = {
  US: /^\d{5}(-\d{4})?$/,
  GB: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i,
  DE: /^\d{5}$/,
  FR: /^\d{5}$/,
  CA: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/i,
  NL: /^\d{4} ?[A-Z]{2}$/i,
};

/** Countries whose carrier's label API is down in the demo (the carrier-outage scenario). */
const CARRIER_DOWN: ReadonlySet<string> = new Set(['IS']);
/** How long the carrier's API takes to refuse: long enough that the batch's other labels are done first. */
const CARRIER_TIMEOUT_MS = 300;

/**
 * Demo Map workflow: one label per shipment; a bad address raises AddressValidationError, which the
 * Map iteration catches; a carrier that is down raises CarrierUnavailableError, which fails the
 * iteration, so the Map's Retry runs the whole batch again.
 */
export async function handler(event: unknown): Promise<Record<string, unknown>> {
  const shipment = (event ?? {}) as Shipment;
  const shipmentId = String(shipment.shipmentId ?? '');
  const country = String(shipment.recipient?.country ?? '');
  if (CARRIER_DOWN.has(country)) {
    await new Promise((resolve) => setTimeout(resolve, CARRIER_TIMEOUT_MS));
    throw namedError('CarrierUnavailableError', `Shipment ${shipmentId}: the carrier for '${country}' did not answer`);
  }
  const postcode = String(shipment.recipient?.postcode ?? '');
  const pattern = POSTCODE_BY_COUNTRY[country];
  if (!pattern || !pattern.test(postcode)) {
    throw namedError('AddressValidationError', `Shipment ${shipmentId}: postcode '${postcode}' is not valid for country '${country}'`);
  }
  const weightKg = Number(shipment.weightKg ?? 0);
  const service = weightKg > 20 ? 'FREIGHT' : weightKg > 2 ? 'GROUND' : 'PRIORITY_MAIL';
  const trackingNumber = `1Z${createHash('sha256').update(shipmentId).digest('hex').slice(0, 16).toUpperCase()}`;
  return { shipmentId, status: 'LABEL_CREATED', service, trackingNumber };
}
