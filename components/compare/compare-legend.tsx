import { COMPARE_MARKS } from './compare-marks';

/** What the graph's marks and colours mean. */
export function CompareLegend({ sameMachine }: { sameMachine: boolean }) {
  return (
    <div className="space-y-1 px-4 py-2 text-xs text-zinc-600 dark:text-zinc-300" data-testid="compare-legend">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
        {Object.values(COMPARE_MARKS).map((mark) => (
          <span key={mark.kind} className="inline-flex items-center gap-1">
            <span className={`rounded px-1 text-[10px] font-semibold ${mark.className}`}>{mark.text}</span>
            {mark.kind === 'both' ? 'both ran it' : mark.kind === 'a-only' ? 'only A ran it' : 'only B ran it'}
          </span>
        ))}
        <span className="inline-flex items-center gap-1">
          <span aria-hidden className="inline-block h-3 w-5 rounded-sm ring-2 ring-red-500 dark:ring-red-400" />
          first divergence
        </span>
      </p>
      <p>Colours show each state&apos;s outcome in A (in B where only B ran it); a path either execution took is drawn taken.</p>
      {!sameMachine && <p className="font-medium">The two executions ran different state machines: the graph is A&apos;s.</p>}
    </div>
  );
}
