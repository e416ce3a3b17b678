import type { ExecutionStatus } from '@/lib/domain';

/** The Map Run page; the ARN is one URL-encoded path segment, like every ARN in our addresses. */
export function mapRunHref(mapRunArn: string, query: { status?: ExecutionStatus; cursor?: string } = {}): string {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.cursor) params.set('cursor', query.cursor);
  const search = params.toString();
  return `/map-runs/${encodeURIComponent(mapRunArn)}${search ? `?${search}` : ''}`;
}

/** `MACHINE/LABEL` from a Map Run ARN (`…:mapRun:MACHINE/LABEL:ID`), for titles and link text. */
export function mapRunName(mapRunArn: string): string {
  const fields = mapRunArn.split(':');
  return fields.length === 8 && fields[5] === 'mapRun' ? (fields[6] ?? mapRunArn) : mapRunArn;
}
