import type { Page } from 'playwright-core';
import type { RoutingEdge, RoutingNode } from '@/lib/graph/find-routing-overlaps';

export interface RenderedGraph {
  nodes: RoutingNode[];
  edges: RoutingEdge[];
  /** The canvas's zoom: screen pixels per graph pixel. */
  zoom: number;
}

/**
 * The drawn graph in screen pixels, read from the page: each node's box, each edge's path sampled
 * every few pixels (whatever curve the path uses) and its label's box. A node's group is the longest
 * other node id its own id extends (`Map/Inner` lives in `Map`).
 */
export async function readGraphGeometry(page: Page): Promise<RenderedGraph> {
  const raw = await page.evaluate(() => {
    const rect = (element: Element) => {
      const r = element.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const nodes = [...document.querySelectorAll('.react-flow__node')].map((element) => ({
      id: element.getAttribute('data-id') ?? '',
      box: rect(element),
      isGroup: element.classList.contains('react-flow__node-group-state'),
    }));
    const edges = [...document.querySelectorAll('.react-flow__edge')].map((element) => {
      const path = element.querySelector<SVGPathElement>('path.react-flow__edge-path');
      const matrix = path?.getScreenCTM();
      const points: { x: number; y: number }[] = [];
      if (path && matrix) {
        const length = path.getTotalLength();
        for (let at = 0; at <= length; at += Math.min(4, length)) {
          const p = path.getPointAtLength(at).matrixTransform(matrix);
          points.push({ x: p.x, y: p.y });
        }
        const end = path.getPointAtLength(length).matrixTransform(matrix);
        points.push({ x: end.x, y: end.y });
      }
      const labelElement = element.querySelector('.react-flow__edge-textbg') ?? element.querySelector('.react-flow__edge-text');
      const [source = '', target = ''] = (element.getAttribute('data-id') ?? '').replace(/^[a-z]+:/, '').split('->');
      return { id: element.getAttribute('data-id') ?? '', source, target, points, ...(labelElement && { label: rect(labelElement) }) };
    });
    const transform = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
    const zoom = Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? '1');
    return { nodes, edges, zoom };
  });
  const ids = new Set(raw.nodes.map((node) => node.id));
  const parentOf = (id: string): string | undefined => {
    for (let cut = id.lastIndexOf('/'); cut > 0; cut = id.lastIndexOf('/', cut - 1)) {
      const prefix = id.slice(0, cut);
      if (ids.has(prefix)) return prefix;
    }
    return undefined;
  };
  const nodes = raw.nodes.map((node) => {
    const parentId = parentOf(node.id);
    return { ...node, ...(parentId && { parentId }) };
  });
  return { nodes, edges: raw.edges, zoom: raw.zoom };
}
