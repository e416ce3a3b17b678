import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraphModel } from '@/lib/graph/build-graph-model';
import { layoutGraph } from '@/lib/graph/layout-graph';
import { layoutRoutingOverlaps } from '@/lib/graph/layout-routing-overlaps';
import { AWS_HISTORY_CASES_DIR } from '../../support/corpus/shared-corpus';

const SEEDS_DIR = join(process.cwd(), 'lib', 'seeds', 'definitions');
const seedNames = readdirSync(SEEDS_DIR).filter((file) => file.endsWith('.asl.json'));

/** The distinct definitions of the recorded AWS cases (many cases share one). */
function corpusDefinitions(): [string, string][] {
  const seen = new Map<string, string>();
  for (const file of readdirSync(AWS_HISTORY_CASES_DIR).sort()) {
    const recorded = JSON.parse(readFileSync(join(AWS_HISTORY_CASES_DIR, file), 'utf8')) as { definition?: unknown };
    if (recorded.definition === undefined || recorded.definition === null) continue;
    const text = JSON.stringify(recorded.definition);
    if (!seen.has(text)) seen.set(text, file);
  }
  return [...seen].map(([text, file]) => [file, text]);
}

describe('layoutGraph routes edges around nodes', () => {
  it.each(seedNames)('demo definition %s: no edge through a node, no label over one', async (file) => {
    const model = buildGraphModel(readFileSync(join(SEEDS_DIR, file), 'utf8'));
    expect(layoutRoutingOverlaps(model, await layoutGraph(model))).toEqual([]);
  });

  it.skipIf(!existsSync(AWS_HISTORY_CASES_DIR))(
    'every definition of the recorded AWS corpus (../shared/aws-histories): no edge through a node, no label over one',
    async () => {
      const problems: string[] = [];
      const definitions = corpusDefinitions();
      for (const [file, text] of definitions) {
        const model = buildGraphModel(text);
        const layout = await layoutGraph(model);
        for (const overlap of layoutRoutingOverlaps(model, layout))
          problems.push(`${file}: ${overlap.kind} ${overlap.edgeId} / ${overlap.nodeId}`);
        const unrouted = model.edges.filter((edge) => (layout.edges[edge.id]?.points.length ?? 0) < 2);
        for (const edge of unrouted) problems.push(`${file}: ${edge.id} has no route`);
      }
      expect(definitions.length).toBeGreaterThan(50);
      expect(problems).toEqual([]);
    },
    120_000,
  );
});
