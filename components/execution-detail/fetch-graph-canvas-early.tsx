'use client';

/**
 * Rendered first on the pages that always draw an execution graph (an execution, a comparison). Its
 * module is evaluated as hydration starts, and fetches the graph canvas's code then: the page shows
 * the server's picture of the graph meanwhile, and the canvas is ready when hydration reaches it
 * instead of being asked for only then (half a second later on a 25,000-event execution).
 */
if (typeof window !== 'undefined') import('./execution-graph-canvas').catch(() => undefined);

export function FetchGraphCanvasEarly() {
  return null;
}
