// Shared table styling, so every table in the app reads the same.
export const TABLE = 'w-full border-collapse text-left text-sm';
export const TH =
  'border-b border-zinc-200 bg-zinc-50 px-4 py-2 text-xs font-medium tracking-wide text-zinc-500 uppercase dark:border-zinc-800 dark:bg-zinc-900/60 dark:text-zinc-400';
export const TD = 'border-b border-zinc-100 px-4 py-2.5 align-top text-zinc-800 dark:border-zinc-800/70 dark:text-zinc-200';
/**
 * TD's frame set once on a table for all its cells, for a table of many rows (a page of raw events
 * has 600 cells); its text colour goes on the tbody, so a cell's own colour still wins.
 */
export const TABLE_CELLS =
  '[&_td]:border-b [&_td]:border-zinc-100 [&_td]:px-4 [&_td]:py-2.5 [&_td]:align-top dark:[&_td]:border-zinc-800/70';
export const TBODY_TEXT = 'text-zinc-800 dark:text-zinc-200';
export const LINK = 'font-medium text-indigo-600 hover:underline dark:text-indigo-400';
