import type { Point } from './layout-graph';

/** An SVG path through the points, its corners rounded a little (never more than half a segment). */
export function roundedPath(points: readonly Point[], radius = 6): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let path = `M ${first.x} ${first.y}`;
  rest.forEach((corner, k) => {
    const previous = points[k] ?? first;
    const next = rest[k + 1];
    if (!next) {
      path += ` L ${corner.x} ${corner.y}`;
      return;
    }
    const r = Math.min(
      radius,
      Math.hypot(corner.x - previous.x, corner.y - previous.y) / 2,
      Math.hypot(next.x - corner.x, next.y - corner.y) / 2,
    );
    const towards = (from: Point, to: Point, length: number) => {
      const distance = Math.hypot(to.x - from.x, to.y - from.y) || 1;
      return { x: from.x + ((to.x - from.x) / distance) * length, y: from.y + ((to.y - from.y) / distance) * length };
    };
    const before = towards(corner, previous, r);
    const after = towards(corner, next, r);
    path += ` L ${before.x} ${before.y} Q ${corner.x} ${corner.y} ${after.x} ${after.y}`;
  });
  return path;
}
