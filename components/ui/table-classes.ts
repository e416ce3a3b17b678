// Shared table styling, so every table in the app reads the same.
export const TABLE = 'w-full border-collapse text-left text-sm';
export const TH =
  'border-b border-zinc-200 bg-zinc-50 px-4 py-2 text-xs font-medium tracking-wide text-zinc-500 uppercase dark:border-zinc-800 dark:bg-zinc-900/60 dark:text-zinc-400';
export const TD = 'border-b border-zinc-100 px-4 py-2.5 align-top text-zinc-800 dark:border-zinc-800/70 dark:text-zinc-200';
export const LINK = 'font-medium text-indigo-600 hover:underline dark:text-indigo-400';
