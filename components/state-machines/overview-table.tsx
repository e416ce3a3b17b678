import type { ReactNode } from 'react';
import { TABLE, TH } from '../ui/table-classes';
import { ScrollRegion } from '../ui/scroll-region';

/** The overview's table frame; rows stream in one by one as each state machine's executions arrive. */
export function OverviewTable({ children }: { children: ReactNode }) {
  return (
    <ScrollRegion label="State machines">
      <table className={TABLE}>
        <thead>
          <tr>
            <th className={TH}>State machine</th>
            <th className={TH}>Last 24 h</th>
            <th className={TH}>Last 7 d</th>
            <th className={`${TH} whitespace-nowrap`}>Failure rate</th>
            <th className={`${TH} whitespace-nowrap`}>Duration, 7 d</th>
            <th className={TH}>Last failure</th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}
