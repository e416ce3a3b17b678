import { describe, expect, it } from 'vitest';
import { buildParcelAuditScenario, buildParcelIds } from '@/lib/demo/scenarios/parcel-audit-scenario';
import { isDamagedParcel } from '@/lib/seeds/handlers/auditParcelBatch';
import { seedWorkflows } from '@/lib/seeds/seed-workflows';

const scenario = buildParcelAuditScenario();
const parcels = (scenario.input as { parcels: string[] }).parcels;

describe('buildParcelAuditScenario', () => {
  it('audits 2,500 parcels of one warehouse on the parcel-audit machine, expected to succeed', () => {
    expect(scenario).toMatchObject({ scenario: 'parcel-audit-2500', stateMachine: 'parcel-audit', expectedStatus: 'SUCCEEDED' });
    expect(parcels).toHaveLength(2500);
    expect(parcels.slice(0, 2)).toEqual(['PDX-1-P-00001', 'PDX-1-P-00002']);
    expect(new Set(parcels).size).toBe(2500);
    expect(buildParcelIds('X', 1)).toEqual(['X-P-00001']);
  });

  it('fails 6 of its 100 batches of 25 (6 % of items), within the 10 % the machine tolerates, as its summary says', () => {
    const states = seedWorkflows.find((workflow) => workflow.name === 'parcel-audit')?.definition.States as Record<
      string,
      Record<string, unknown>
    >;
    const map = states.AuditParcels ?? {};
    const batchSize = (map.ItemBatcher as { MaxItemsPerBatch: number }).MaxItemsPerBatch;
    const failedBatches = new Set(parcels.flatMap((id, index) => (isDamagedParcel(id) ? [Math.floor(index / batchSize)] : [])));
    expect(Math.ceil(parcels.length / batchSize)).toBe(100);
    expect(failedBatches.size).toBe(6);
    expect((failedBatches.size * batchSize * 100) / parcels.length).toBeLessThan(map.ToleratedFailurePercentage as number);
    expect(scenario.summary).toContain('6 fail (6 % of items), within the 10 % tolerated');
  });

  it('keeps its input well under the 256 KiB Step Functions allows', () => {
    expect(Buffer.byteLength(JSON.stringify(scenario.input))).toBeLessThan(64 * 1024);
  });
});
