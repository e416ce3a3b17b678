import { describe, expect, it } from 'vitest';
import { buildGraphModel } from '@/lib/graph/build-graph-model';
import { estimateNodeSize, layoutGraph, loadElk } from '@/lib/graph/layout-graph';
import { readSeedDefinition } from '../../support/graph/read-seed-definition';

describe('layoutGraph', () => {
  it('places the states top to bottom in the order they run', async () => {
    const layout = await layoutGraph(buildGraphModel(readSeedDefinition('daycare-registration')));
    const y = (id: string) => layout.nodes[id]!.y;
    expect(y('__start__')).toBeLessThan(y('CheckInformation'));
    expect(y('CheckInformation')).toBeLessThan(y('IsInformationComplete'));
    expect(y('IsInformationComplete')).toBeLessThan(y('CheckAgeRange'));
    expect(y('IsAgeInRange')).toBeLessThan(y('AgeOutOfRange'));
    expect(layout.nodes.CheckInformation).toMatchObject(
      estimateNodeSize({ id: 'CheckInformation', name: 'CheckInformation', kind: 'Task', isGroup: false }),
    );
  });

  it('sizes a Map around its inner states, which sit inside it', async () => {
    const layout = await layoutGraph(buildGraphModel(readSeedDefinition('shipping-label-batch')));
    const map = layout.nodes.CreateLabels!;
    for (const id of ['CreateLabels/CreateShippingLabel', 'CreateLabels/FlagForManualReview']) {
      const inner = layout.nodes[id]!;
      expect(inner.x).toBeGreaterThanOrEqual(0);
      expect(inner.y).toBeGreaterThanOrEqual(40);
      expect(inner.x + inner.width).toBeLessThanOrEqual(map.width);
      expect(inner.y + inner.height).toBeLessThanOrEqual(map.height);
    }
    expect(layout.nodes.SummariseBatch!.y).toBeGreaterThan(map.y + map.height);
  });

  it('loads ELK once, on first use, and shares the one engine between layouts', async () => {
    const engine = await loadElk();
    expect(typeof engine.layout).toBe('function');
    expect(await loadElk()).toBe(engine);
  });
});
