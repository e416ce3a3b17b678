/** What the execution page says instead of action buttons when the dashboard was started without --allow-actions. */
export function ActionsOffNote() {
  return (
    <p className="text-sm text-zinc-600 dark:text-zinc-300" data-testid="actions-off">
      Stop, redrive and start again are off: start the dashboard with <code className="font-mono">--allow-actions</code> to use them.
    </p>
  );
}
