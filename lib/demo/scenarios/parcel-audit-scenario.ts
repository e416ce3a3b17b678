import type { DemoScenario } from './demo-scenario';

export const PARCEL_AUDIT_ITEMS = 2500;

/** The parcel ids of a warehouse inventory: `<warehouse>-P-00001` onwards. */
export function buildParcelIds(warehouse: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${warehouse}-P-${String(index + 1).padStart(5, '0')}`);
}

/**
 * A Distributed Map over 2,500 parcels in 100 child workflows of 25: six batches hold a damaged
 * parcel and fail (150 items, 6 %), within the run's 10 % tolerated failure threshold, so the
 * execution succeeds with failed children to look at.
 */
export function buildParcelAuditScenario(): DemoScenario {
  return {
    scenario: 'parcel-audit-2500',
    stateMachine: 'parcel-audit',
    expectedStatus: 'SUCCEEDED',
    summary: 'a Distributed Map over 2,500 parcels in 100 child executions; 6 fail (6 % of items), within the 10 % tolerated',
    input: { auditId: 'AUDIT-2026-12', warehouse: 'PDX-1', parcels: buildParcelIds('PDX-1', PARCEL_AUDIT_ITEMS) },
  };
}
