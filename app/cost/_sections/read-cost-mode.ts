import { toCostMode, type CostMode } from '@/components/cost/cost-routes';
import { readSearchParam } from '@/components/routes';

export function readCostMode(query: Record<string, string | string[] | undefined>): CostMode {
  return toCostMode(readSearchParam(query.mode));
}
