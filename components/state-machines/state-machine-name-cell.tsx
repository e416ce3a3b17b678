import Link from 'next/link';
import type { ReactNode } from 'react';
import type { StateMachineSummary } from '@/lib/domain';
import { stateMachineHref } from '../routes';
import { LINK, TD } from '../ui/table-classes';

/** The first cell of an overview row: the linked name, its type, and any note about the row. */
export function StateMachineNameCell({ machine, children }: { machine: StateMachineSummary; children?: ReactNode }) {
  return (
    <td className={TD}>
      <div className="flex flex-col items-start gap-1">
        <Link href={stateMachineHref(machine.arn)} className={`${LINK} whitespace-nowrap`}>
          {machine.name}
        </Link>
        <span className="rounded bg-zinc-100 px-1.5 py-0.5 text-xs font-medium text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
          {machine.type === 'EXPRESS' ? 'Express' : 'Standard'}
        </span>
      </div>
      {children}
    </td>
  );
}
