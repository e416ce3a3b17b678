import { readCostReviewProgress } from '@/lib/services';

export const dynamic = 'force-dynamic';

/** The progress of a running cost review, polled by the page's progress bar. */
export function GET(request: Request): Response {
  const key = new URL(request.url).searchParams.get('key') ?? '';
  const progress = readCostReviewProgress(key);
  return Response.json(progress ?? { stage: 'waiting', done: 0, total: null }, { headers: { 'Cache-Control': 'no-store' } });
}
