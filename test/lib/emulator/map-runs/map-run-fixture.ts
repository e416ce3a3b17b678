import { mapRunStoreOf } from '@/lib/emulator/map-runs/map-run-store';
import { MACHINE_ARN, metricStore } from '../cloudwatch/metric-store-fixture';

export const MAP_RUN_ARN = 'arn:aws:states:us-east-1:123456789012:mapRun:Orders/Items:1';

/** A store with a FAILED parent and a closed Map Run whose children are added by `child`. */
export function mapRunFixture(parentStopMs = 9_000) {
  const fixture = metricStore(MACHINE_ARN);
  const parent = fixture.run(1_000, parentStopMs, 'FAILED');
  const runs = mapRunStoreOf(fixture.store);
  const mapRunId = runs.insertMapRun({
    arn: MAP_RUN_ARN,
    executionId: parent.id,
    label: 'Items',
    startDateMs: 1_000,
    maxConcurrency: 0,
    toleratedFailurePercentage: 0,
    toleratedFailureCount: 0,
    itemTotal: 2,
    executionTotal: 2,
  });
  runs.endMapRun(mapRunId, 'FAILED', parentStopMs, 0);
  let index = 0;
  return {
    ...fixture,
    parent,
    runs,
    mapRunId,
    child(status: 'SUCCEEDED' | 'FAILED' | null) {
      const child = fixture.run(2_000, status === null ? null : Date.now(), status ?? undefined);
      runs.addChild(child.id, mapRunId, 1, index++);
      return child;
    },
  };
}
