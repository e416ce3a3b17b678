export interface VisibleWindow {
  /** First row to render (inclusive). */
  start: number;
  /** Row after the last one to render. */
  end: number;
  /** Empty space above and below the rendered rows, so the scrollbar stays true. */
  padTopPx: number;
  padBottomPx: number;
}

/**
 * Which rows of a fixed-row-height list are on screen (plus `overscan` either side): the rest are
 * not rendered, so an expanded Map of thousands of iterations stays a few dozen DOM rows.
 */
export function visibleWindow(rowCount: number, scrollTopPx: number, viewportPx: number, rowPx: number, overscan = 8): VisibleWindow {
  if (rowCount <= 0 || rowPx <= 0) return { start: 0, end: 0, padTopPx: 0, padBottomPx: 0 };
  const first = Math.floor(Math.max(0, scrollTopPx) / rowPx);
  const visible = Math.ceil(Math.max(0, viewportPx) / rowPx) + 1;
  const start = Math.min(rowCount, Math.max(0, first - overscan));
  const end = Math.min(rowCount, first + visible + overscan);
  return { start, end: Math.max(start, end), padTopPx: start * rowPx, padBottomPx: (rowCount - Math.max(start, end)) * rowPx };
}
