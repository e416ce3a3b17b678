import type { ExecutionStatus } from '@/lib/domain';
import { EXECUTION_STATUS_STYLES } from './execution-status';

export function ExecutionStatusBadge({ status }: { status: ExecutionStatus }) {
  const style = EXECUTION_STATUS_STYLES[status];
  return (
    <span
      data-status={status}
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ring-inset ${style.badge}`}
    >
      {style.label}
    </span>
  );
}
