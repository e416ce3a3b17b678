'use client';

import { BaseEdge, type Edge, type EdgeProps } from '@xyflow/react';
import type { Box, Point } from '@/lib/graph/layout-graph';
import { roundedPath } from '@/lib/graph/rounded-path';

export interface RoutedEdgeData extends Record<string, unknown> {
  /** ELK's route in graph coordinates: start, bends, end. */
  points: Point[];
  /** Where ELK placed the label, clear of every node. */
  labelBox?: Box;
}

export type RoutedEdgeType = Edge<RoutedEdgeData, 'routed'>;

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
