import type { TransitionSource } from '@/lib/cost/types';

/** Label, explanation and colour of each transition source, defined once for table and legend. */
export const TRANSITION_SOURCE_STYLES: Record<TransitionSource, { label: string; hint: string; swatch: string }> = {
  'first-pass': { label: 'First pass', hint: 'the first entry of a state on the main path', swatch: 'bg-zinc-400' },
  loop: { label: 'Loops', hint: 'a state entered again on the same path, such as a polling Wait/Choice cycle', swatch: 'bg-amber-500' },
  retry: { label: 'Retries', hint: 'each Task retry is billed as a transition', swatch: 'bg-rose-500' },
  'map-iteration': { label: 'Map iterations', hint: 'states run inside Map iterations', swatch: 'bg-indigo-500' },
  'parallel-branch': { label: 'Parallel branches', hint: 'states run inside Parallel branches', swatch: 'bg-sky-500' },
  redrive: { label: 'Redrives', hint: 'a redrive and the states it reran', swatch: 'bg-emerald-500' },
};
