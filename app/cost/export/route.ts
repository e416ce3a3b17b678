import { COST_CSV_TABLES, toCostMode } from '@/components/cost/cost-routes';
import { getSharedHistoryCache, isDataSourceError, loadExpressMemoryMb, loadPriceTable, reviewAccountCost, reviewStateMachineCost } from '@/lib/aws';
import { toExecutionCostCsv, toStateMachineCostCsv, toStateTransitionsCsv } from '@/lib/cost/to-cost-csv';

export const dynamic = 'force-dynamic';

function csv(body: string, name: string): Response {
  return new Response(body, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'no-store' },
  });
}

/**
 * CSV of a cost review table. The review runs again, but finished histories come from the cache and
 * the sample is seeded by the ARN, so it matches the page the link was on.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const table = COST_CSV_TABLES.find((known) => known === params.get('table'));
  const arn = params.get('arn') ?? undefined;
  if (!table) return new Response(`table must be one of ${COST_CSV_TABLES.join(', ')}\n`, { status: 400 });
  try {
    const options = { mode: toCostMode(params.get('mode') ?? undefined), prices: loadPriceTable(), expressMemoryMb: loadExpressMemoryMb(), cache: getSharedHistoryCache() };
    if (!arn) {
      const { account } = await reviewAccountCost(options);
      return table === 'state-machines'
        ? csv(toStateMachineCostCsv(account.reviews), 'cost-by-state-machine.csv')
        : csv(toExecutionCostCsv(account.reviews.flatMap((review) => review.executions.map((row) => ({ ...row, stateMachineName: review.stateMachine.name })))), 'cost-executions.csv');
    }
    const { review } = await reviewStateMachineCost(arn, options);
    const name = review.stateMachine.name;
    return table === 'states'
      ? csv(toStateTransitionsCsv(review.states), `${name}-transitions-by-state.csv`)
      : csv(toExecutionCostCsv(review.executions.map((row) => ({ ...row, stateMachineName: name }))), `${name}-executions.csv`);
  } catch (error) {
    const message = isDataSourceError(error) ? `${error.message} ${error.hint}` : error instanceof Error ? error.message : String(error);
    return new Response(`${message}\n`, { status: isDataSourceError(error) && error.kind === 'not-found' ? 404 : 400 });
  }
}
