const FIRST_NAMES = [
  'Ana',
  'Bilal',
  'Chiara',
  'Dmitri',
  'Efua',
  'Felix',
  'Gabriela',
  'Hiroshi',
  'Ines',
  'Jamal',
  'Katarzyna',
  'Leon',
  'Maya',
  'Nikhil',
  'Oluwaseun',
  'Paula',
  'Quentin',
  'Rania',
  'Stefan',
  'Thandiwe',
];
const LAST_NAMES = [
  'Almeida',
  'Berg',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
  'Gupta',
  'Hoang',
  'Ivanova',
  'Jensen',
  'Kim',
  'Lopez',
  'Moreau',
  'Nakamura',
  'Osei',
  'Petrov',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Novak',
];

// Valid postcodes for the label handler's countries, cycled through so every batch mixes them.
const DESTINATIONS = [
  { country: 'US', postcodes: ['97205', '10013', '60614', '94110-2301'] },
  { country: 'GB', postcodes: ['SW1A 1AA', 'M1 1AE', 'EH1 2NG'] },
  { country: 'DE', postcodes: ['10115', '80331', '50667'] },
  { country: 'FR', postcodes: ['75011', '69002', '13001'] },
  { country: 'CA', postcodes: ['M5V 2T6', 'H2X 1Y4'] },
  { country: 'NL', postcodes: ['1012 JS', '3511 LN'] },
];

/**
 * A deterministic warehouse batch of `count` shipments. Every 23rd has a postcode that does not fit
 * its country, so a few Map iterations take the caught-error path.
 */
export function buildShipmentBatch(batchId: string, count: number): Record<string, unknown> {
  const shipments = Array.from({ length: count }, (_, index) => {
    const destination = DESTINATIONS[index % DESTINATIONS.length];
    const postcode = destination?.postcodes[index % destination.postcodes.length];
    if (!destination || postcode === undefined) throw new Error('Shipment batch: a destination without postcodes');
    const badAddress = index % 23 === 22;
    return {
      shipmentId: `${batchId}-${String(index + 1).padStart(4, '0')}`,
      orderId: `ORD-${30000 + index * 7}`,
      recipient: {
        name: `${FIRST_NAMES[index % FIRST_NAMES.length]} ${LAST_NAMES[(index * 7) % LAST_NAMES.length]}`,
        postcode: badAddress ? 'UNKNOWN' : postcode,
        country: destination.country,
      },
      weightKg: Math.round((0.3 + ((index * 37) % 250) / 10) * 10) / 10,
    };
  });
  return { batchId, warehouse: 'PDX-1', shipments };
}
