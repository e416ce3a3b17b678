import Link from 'next/link';
import type { StateMachineSummary } from '@/lib/aws/types';
import { formatDateTime } from '../format/format-date-time';
import { stateMachineHref } from '../routes';
import { LINK, TABLE, TD, TH } from '../ui/table-classes';

export function StateMachineTable({ machines }: { machines: StateMachineSummary[] }) {
  return (
    <div className="overflow-x-auto">
      <table className={TABLE}>
        <thead>
          <tr>
            <th className={TH}>Name</th>
            <th className={TH}>Type</th>
            <th className={TH}>Created</th>
            <th className={TH}>ARN</th>
          </tr>
        </thead>
        <tbody>
          {machines.map((machine) => (
            <tr key={machine.arn} className="hover:bg-zinc-50 dark:hover:bg-zinc-800/40">
              <td className={TD}>
                <Link href={stateMachineHref(machine.arn)} className={LINK}>
                  {machine.name}
                </Link>
              </td>
              <td className={TD}>
                <span className="rounded bg-zinc-100 px-1.5 py-0.5 text-xs font-medium text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
                  {machine.type === 'EXPRESS' ? 'Express' : 'Standard'}
                </span>
              </td>
              <td className={`${TD} whitespace-nowrap tabular-nums`}>{formatDateTime(machine.createdAt)}</td>
              <td className={`${TD} font-mono text-xs break-all text-zinc-500 dark:text-zinc-400`}>{machine.arn}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
