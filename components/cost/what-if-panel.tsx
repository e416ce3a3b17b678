import type { WhatIf } from '@/lib/cost/build-what-if';
import { formatCount, formatUsd } from './format-cost';

function Option({ title, cost, lines, cheaper }: { title: string; cost: number; lines: string[]; cheaper: boolean }) {
  return (
    <div className={`rounded-lg border px-4 py-3 ${cheaper ? 'border-emerald-300 bg-emerald-50 dark:border-emerald-800 dark:bg-emerald-950/40' : 'border-zinc-200 dark:border-zinc-800'}`}>
      <div className="flex items-baseline justify-between gap-2">
        <h3 className="text-sm font-semibold">{title}</h3>
        {cheaper && <span className="text-xs font-medium text-emerald-700 dark:text-emerald-400">cheaper</span>}
      </div>
      <p className="mt-1 text-xl font-semibold tabular-nums" aria-label={`${title} cost`}>
        {formatUsd(cost)}
      </p>
      <ul className="mt-1 space-y-0.5 text-xs text-zinc-500 dark:text-zinc-400">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

/** The same workload priced as Standard and as Express, with what the Express figure assumes. */
export function WhatIfPanel({ whatIf }: { whatIf: WhatIf }) {
  const expressCheaper = whatIf.expressUsd < whatIf.standardUsd;
  return (
    <div className="space-y-3 p-4">
      <div className="grid gap-3 md:grid-cols-2">
        <Option title="Standard" cost={whatIf.standardUsd} cheaper={!expressCheaper} lines={['billed per state transition', 'free tier not included']} />
        <Option
          title="Express"
          cost={whatIf.expressUsd}
          cheaper={expressCheaper}
          lines={[
            `${formatCount(whatIf.executions)} requests: ${formatUsd(whatIf.expressRequestUsd)}`,
            `duration: ${formatUsd(whatIf.expressDurationUsd)} (average ${formatCount(whatIf.averageBilledDurationMs)} ms billed at ${whatIf.memoryMb} MB)`,
          ]}
        />
      </div>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        Express is billed per request and per GB-second (duration rounded up to 100 ms, memory in 64 MB chunks; {whatIf.memoryMb} MB
        assumed). Express rates are those published for {whatIf.expressPricesRegion}.
        {whatIf.tooLongForExpress > 0 &&
          ` ${formatCount(whatIf.tooLongForExpress)} execution(s) ran longer than Express's 5-minute limit and could not run as Express.`}
      </p>
    </div>
  );
}
