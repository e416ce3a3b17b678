import type { WhatIf } from '@/lib/cost/build-what-if';
import { formatCount, formatUsd } from '@/lib/format/format-cost';
import { WhatIfOption } from './what-if-option';

/** The same workload priced as Standard and as Express, with what the Express figure assumes. */
export function WhatIfPanel({ whatIf }: { whatIf: WhatIf }) {
  const expressCheaper = whatIf.expressUsd < whatIf.standardUsd;
  return (
    <div className="space-y-3 p-4">
      <div className="grid gap-3 md:grid-cols-2">
        <WhatIfOption
          title="Standard"
          cost={formatUsd(whatIf.standardUsd)}
          cheaper={!expressCheaper}
          lines={['billed per state transition', 'free tier not included']}
        />
        <WhatIfOption
          title="Express"
          cost={formatUsd(whatIf.expressUsd)}
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
