import { layoutGraph, type GraphLayout } from './layout-graph';
import type { GraphModel } from './types';

/** Layouts kept by model: one per definition in use; the oldest goes first past this many. */
const MAX_LAYOUTS = 64;

const layouts = new Map<string, Promise<GraphLayout>>();

/**
 * The model laid out by ELK, once per distinct model in this process: the execution page lays its
 * graph out on the server, so the browser never loads ELK (1.7 MB) for it, and every execution of a
 * definition shares one layout. A failed layout is not kept, so the next request tries again.
 */
export function layoutGraphCached(model: GraphModel): Promise<GraphLayout> {
  const key = JSON.stringify(model);
  const known = layouts.get(key);
  if (known) {
    // Most recently used last, so the eviction below drops the least recently used.
    layouts.delete(key);
    layouts.set(key, known);
    return known;
  }
  const layout = layoutGraph(model);
  layouts.set(key, layout);
  layout.catch(() => {
    if (layouts.get(key) === layout) layouts.delete(key);
  });
  for (const oldest of layouts.keys()) {
    if (layouts.size <= MAX_LAYOUTS) break;
    layouts.delete(oldest);
  }
  return layout;
}

/**
 * layoutGraphCached for a page's server render; undefined when ELK fails here, and the browser then
 * lays the graph out itself and says why if it fails there too.
 */
export async function layoutGraphIfPossible(model: GraphModel): Promise<GraphLayout | undefined> {
  try {
    return await layoutGraphCached(model);
  } catch {
    return undefined;
  }
}
