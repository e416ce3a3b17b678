import { getStateMachineLogCoverage, isDataSourceError } from '@/lib/aws';
import type { ConcurrencyLimiter } from '@/lib/execution-list/create-concurrency-limiter';
import { overviewLogCaveat } from '@/lib/execution-list/overview-log-caveat';
import type { MachineRef } from '@/lib/metrics/types';

/**
 * What an Express machine's log level leaves out of counts read from its logs; a nicety, so a failure
 * to read it loses only the note. Counts from CloudWatch metrics or the index do not depend on logs.
 */
export async function OverviewLogCaveatSection({
  machine,
  fromLogs,
  limit,
}: {
  machine: MachineRef;
  fromLogs: boolean;
  limit: ConcurrencyLimiter;
}) {
  if (machine.type !== 'EXPRESS' || !fromLogs) return null;
  let caveat: string | undefined;
  try {
    const logging = await limit(() => getStateMachineLogCoverage(machine.arn));
    caveat = logging ? overviewLogCaveat(logging.coverage.level) : undefined;
  } catch (error) {
    if (isDataSourceError(error)) return null;
    throw error;
  }
  return caveat ? (
    <p className="mt-1 max-w-56 text-xs text-amber-800 dark:text-amber-300" data-log-caveat="true">
      {caveat}
    </p>
  ) : null;
}
