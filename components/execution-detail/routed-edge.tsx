'use client';

import { BaseEdge, type Edge, type EdgeProps } from '@xyflow/react';
import type { Box, Point } from '@/lib/graph/layout-graph';

export interface RoutedEdgeData extends Record<string, unknown> {
  /** ELK's route in graph coordinates: start, bends, end. */
  points: Point[];
  /** Where ELK placed the label, clear of every node. */
  labelBox?: Box;
}

export type RoutedEdgeType = Edge<RoutedEdgeData, 'routed'>;

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

/**
 * An edge drawn along the route ELK computed, so it goes around the states instead of through
 * them, with its label where ELK made room for it. Falls back to a straight line before layout.
 */
export function RoutedEdge({
  id,
  data,
  sourceX,
  sourceY,
  targetX,
  targetY,
  style,
  markerEnd,
  label,
  labelStyle,
  labelBgStyle,
  labelBgPadding,
  labelBgBorderRadius,
}: EdgeProps<RoutedEdgeType>) {
  const points =
    data && data.points.length >= 2
      ? data.points
      : [
          { x: sourceX, y: sourceY },
          { x: targetX, y: targetY },
        ];
  const box = data?.labelBox;
  const middle = points[Math.floor(points.length / 2)] ?? { x: sourceX, y: sourceY };
  return (
    <BaseEdge
      id={id}
      style={style}
      markerEnd={markerEnd}
      label={label}
      labelStyle={labelStyle}
      labelBgStyle={labelBgStyle}
      labelBgPadding={labelBgPadding}
      labelBgBorderRadius={labelBgBorderRadius}
      path={roundedPath(points)}
      labelX={box ? box.x + box.width / 2 : middle.x}
      labelY={box ? box.y + box.height / 2 : middle.y}
    />
  );
}
