import { describe, expect, it } from 'vitest';
import { buildGraphModel } from '@/lib/graph/build-graph-model';
import { layoutGraphCached } from '@/lib/graph/cached-graph-layout';
import { layoutGraph } from '@/lib/graph/layout-graph';
import type { GraphModel } from '@/lib/graph/types';

const definition = (states: number) =>
  JSON.stringify({
    StartAt: 'S0',
    States: Object.fromEntries(
      Array.from({ length: states }, (_, i) => [`S${i}`, i === states - 1 ? { Type: 'Succeed' } : { Type: 'Pass', Next: `S${i + 1}` }]),
    ),
  });

describe('layoutGraphCached', () => {
  it('lays a model out as layoutGraph does, once for equal models', async () => {
    const model = buildGraphModel(definition(3));
    const first = layoutGraphCached(model);
    // An equal model built again (another request, another execution of the definition) shares it.
    expect(layoutGraphCached(buildGraphModel(definition(3)))).toBe(first);
    expect(await first).toEqual(await layoutGraph(model));
  });

  it('lays different models out apart', async () => {
    const three = await layoutGraphCached(buildGraphModel(definition(3)));
    const four = await layoutGraphCached(buildGraphModel(definition(4)));
    expect(Object.keys(four.nodes).length).toBe(Object.keys(three.nodes).length + 1);
  });

  it('does not keep a failed layout: the next call tries again', async () => {
    const broken = { nodes: [{ id: 'a' }], edges: [{ id: 'e', source: 'a', target: 'nowhere' }] } as unknown as GraphModel;
    const first = layoutGraphCached(broken);
    await expect(first).rejects.toThrow();
    expect(layoutGraphCached(broken)).not.toBe(first);
    await expect(layoutGraphCached(broken)).rejects.toThrow();
  });

  it('keeps the 64 most recently used layouts', async () => {
    const named = (name: string) => buildGraphModel(JSON.stringify({ StartAt: name, States: { [name]: { Type: 'Succeed' } } }));
    const oldest = layoutGraphCached(named('oldest'));
    const kept = layoutGraphCached(named('kept'));
    for (let i = 0; i < 63; i++) {
      await layoutGraphCached(named(`newer-${i}`));
      if (i === 31) expect(layoutGraphCached(named('kept'))).toBe(kept); // used again: now among the newest
    }
    expect(layoutGraphCached(named('kept'))).toBe(kept);
    expect(layoutGraphCached(named('oldest'))).not.toBe(oldest);
  });
});
