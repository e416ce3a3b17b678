/** Classes shared by the search and failures forms' fields. */
export const FIELD =
  'min-w-0 rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm text-zinc-900 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100 dark:[color-scheme:dark]';
export const LABEL = 'flex min-w-0 flex-col gap-1 text-xs font-medium text-zinc-700 dark:text-zinc-300';
export const BUTTON =
  'rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-500 dark:bg-indigo-500 dark:hover:bg-indigo-400';
export const LINK = 'font-medium text-indigo-700 hover:underline dark:text-indigo-300';
