import type { GroupView } from '@/lib/view-model/types';

const BUTTON =
  'rounded border px-2 py-0.5 font-medium disabled:cursor-not-allowed disabled:border-zinc-200 disabled:text-zinc-400 dark:disabled:border-zinc-800 dark:disabled:text-zinc-600';

/**
 * "Next failed" / "Next caught": open the next iteration or branch (by index, wrapping around) that
 * failed or caught an error, so triage walks through them without scanning a list of hundreds.
 * Disabled when there is none.
 */
export function GroupJumpButtons({
  noun,
  owner,
  failed,
  caught,
  onPick,
}: {
  noun: string;
  owner: string;
  failed: GroupView | undefined;
  caught: GroupView | undefined;
  onPick: (group: GroupView) => void;
}) {
  return (
    <span className="flex items-center gap-1">
      <button
        type="button"
        aria-label={`Next failed ${noun} of ${owner}`}
        disabled={!failed}
        onClick={() => failed && onPick(failed)}
        className={`${BUTTON} border-red-300 text-red-800 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950`}
      >
        Next failed
      </button>
      <button
        type="button"
        aria-label={`Next caught ${noun} of ${owner}`}
        disabled={!caught}
        onClick={() => caught && onPick(caught)}
        className={`${BUTTON} border-amber-300 text-amber-900 hover:bg-amber-50 dark:border-amber-800 dark:text-amber-200 dark:hover:bg-amber-950`}
      >
        Next caught
      </button>
    </span>
  );
}
