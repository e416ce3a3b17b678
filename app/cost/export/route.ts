import { COST_CSV_TABLES, toCostMode } from '@/components/cost/cost-routes';
import { isDataSourceError } from '@/lib/aws';
import { getSharedHistoryCache, loadExpressMemoryMb, loadPriceTable, reviewAccountCost, reviewStateMachineCost } from '@/lib/services';
import { toExecutionCostCsv, toStateMachineCostCsv, toStateTransitionsCsv } from '@/lib/cost/to-cost-csv';
import { PriceConfigError } from '@/lib/cost/parse-price-config';
import { ArnRegionError } from '@/lib/cost/region-from-arn';
import { UnknownRegionPriceError } from '@/lib/cost/standard-price-for-region';
import { HTTP_STATUS_OF_PROBLEM } from '@/app/_sections/http-status-of-problem';

export const dynamic = 'force-dynamic';

function text(body: string, status: number, headers: Record<string, string> = {}): Response {
  return new Response(`${body}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

function csv(body: string, name: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    },
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
  if (!table) return text(`table must be one of ${COST_CSV_TABLES.join(', ')}`, 400);
  try {
    const options = {
      mode: toCostMode(params.get('mode') ?? undefined),
      prices: loadPriceTable(),
      expressMemoryMb: loadExpressMemoryMb(),
      cache: getSharedHistoryCache(),
    };
    if (!arn) {
      const { account } = await reviewAccountCost(options);
      return table === 'state-machines'
        ? csv(toStateMachineCostCsv(account.reviews), 'cost-by-state-machine.csv')
        : csv(
            toExecutionCostCsv(
              account.reviews.flatMap((review) => review.executions.map((row) => ({ ...row, stateMachineName: review.stateMachine.name }))),
            ),
            'cost-executions.csv',
          );
    }
    const { review } = await reviewStateMachineCost(arn, options);
    const name = review.stateMachine.name;
    return table === 'states'
      ? csv(toStateTransitionsCsv(review.states), `${name}-transitions-by-state.csv`)
      : csv(toExecutionCostCsv(review.executions.map((row) => ({ ...row, stateMachineName: name }))), `${name}-executions.csv`);
  } catch (error) {
    if (isDataSourceError(error)) {
      return text(
        `${error.message} ${error.hint}`,
        HTTP_STATUS_OF_PROBLEM[error.kind],
        error.kind === 'throttled' ? { 'Retry-After': '5' } : {},
      );
    }
    // The user's to fix: an ARN that is not one, a price file that does not parse or lacks the region.
    if (error instanceof ArnRegionError || error instanceof PriceConfigError || error instanceof UnknownRegionPriceError)
      return text(error.message, 400);
    // A bug: Next.js answers 500 and logs it.
    throw error;
  }
}
