import type { Box, Point } from './layout-graph';

/** How far inside a box a line must reach to count: routes touch the borders of the nodes they join. */
const TOLERANCE = 1;

/**
 * Whether the segment from `a` to `b` passes through the inside of the box (Liang–Barsky clipping
 * against the box shrunk by a pixel), so a segment that only runs along or touches a border does not.
 */
export function segmentCrossesBox(a: Point, b: Point, box: Box): boolean {
  const left = box.x + TOLERANCE;
  const right = box.x + box.width - TOLERANCE;
  const top = box.y + TOLERANCE;
  const bottom = box.y + box.height - TOLERANCE;
  if (left >= right || top >= bottom) return false;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let enter = 0;
  let leave = 1;
  const edges: [number, number][] = [
    [-dx, a.x - left],
    [dx, right - a.x],
    [-dy, a.y - top],
    [dy, bottom - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      // Parallel to this side: outside it means no crossing at all.
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) enter = Math.max(enter, t);
    else leave = Math.min(leave, t);
    if (enter >= leave) return false;
  }
  return true;
}

/** Whether two boxes share more than a pixel-wide sliver. */
export function boxesOverlap(a: Box, b: Box): boolean {
  return (
    Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > TOLERANCE &&
    Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > TOLERANCE
  );
}
