import { FocusSearchShortcut } from './focus-search-shortcut';

const HEADER_INPUT_ID = 'open-search';

/**
 * A plain GET form to /open, which reads the pasted ARN or console URL and redirects: it works
 * without JavaScript, and the parsing stays on the server in one tested function.
 */
export function OpenSearchBox({ defaultValue = '', size = 'compact' }: { defaultValue?: string; size?: 'compact' | 'large' }) {
  const large = size === 'large';
  return (
    <form
      action="/open"
      method="get"
      role="search"
      aria-label="Open an execution"
      className={`flex min-w-0 gap-2 ${large ? 'w-full' : 'flex-1 max-w-xl'}`}
    >
      {!large && <FocusSearchShortcut inputId={HEADER_INPUT_ID} />}
      <input
        id={large ? undefined : HEADER_INPUT_ID}
        type="search"
        name="q"
        defaultValue={defaultValue}
        required={!large}
        aria-label="Execution ARN, state machine ARN or AWS console URL"
        placeholder={`Paste an execution or state machine ARN, or a console URL${large ? '' : ' (press /)'}`}
        spellCheck={false}
        autoComplete="off"
        className={`min-w-0 flex-1 rounded-md border border-zinc-300 bg-white px-3 font-mono text-zinc-900 placeholder:font-sans placeholder:text-zinc-500 focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/30 focus:outline-none dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100 dark:placeholder:text-zinc-400 ${
          large ? 'py-2 text-sm' : 'py-1 text-xs'
        }`}
      />
      <button
        type="submit"
        className={`shrink-0 rounded-md bg-indigo-600 font-medium text-white hover:bg-indigo-500 dark:bg-indigo-500 dark:hover:bg-indigo-400 ${
          large ? 'px-4 py-2 text-sm' : 'px-3 py-1 text-xs'
        }`}
      >
        Open
      </button>
    </form>
  );
}
