import type { GroupView } from '@/lib/view-model/types';

/** Opens an iteration of a Map too large to list by its index (within the attempt shown). */
export function GroupIndexForm({
  noun,
  groups,
  onPick,
  disabled = false,
}: {
  noun: string;
  groups: readonly GroupView[];
  onPick: (group: GroupView) => void;
  /** Until a partial view's left-out groups load: an index could name one of them. */
  disabled?: boolean;
}) {
  return (
    <form
      className="flex items-center gap-1"
      onSubmit={(event) => {
        event.preventDefault();
        const index = Number(new FormData(event.currentTarget).get('index'));
        const group = groups.find((g) => g.index === index);
        if (group) onPick(group);
      }}
    >
      <label className="flex items-center gap-1">
        or index
        <input
          name="index"
          type="number"
          min={0}
          disabled={disabled}
          aria-label={`${noun} index`}
          className="w-20 rounded-md border border-zinc-300 bg-white px-1.5 py-0.5 text-xs disabled:opacity-60 dark:border-zinc-700 dark:bg-zinc-900"
        />
      </label>
      <button
        type="submit"
        disabled={disabled}
        aria-label={`Open ${noun}`}
        className="rounded border border-zinc-300 px-2 py-0.5 font-medium hover:bg-zinc-100 disabled:opacity-60 dark:border-zinc-700 dark:hover:bg-zinc-800"
      >
        Open
      </button>
    </form>
  );
}
