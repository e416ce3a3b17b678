import type { ExecutionStatus } from '@/lib/domain';

// ARNs contain ':' and '/', so they are always URL-encoded as one path segment.

export function stateMachineHref(
  stateMachineArn: string,
  query: { status?: ExecutionStatus; nextToken?: string; maxResults?: number } = {},
): string {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.maxResults) params.set('maxResults', String(query.maxResults));
  if (query.nextToken) params.set('nextToken', query.nextToken);
  const search = params.toString();
  return `/state-machines/${encodeURIComponent(stateMachineArn)}${search ? `?${search}` : ''}`;
}

export function executionHref(executionArn: string, query: { type?: string; page?: number } = {}): string {
  const params = new URLSearchParams();
  if (query.type) params.set('type', query.type);
  if (query.page && query.page > 1) params.set('page', String(query.page));
  const search = params.toString();
  return `/executions/${encodeURIComponent(executionArn)}${search ? `?${search}` : ''}`;
}

/** Reads an ARN back from a path segment; tolerant of segments Next.js already decoded. */
export function decodeArnParam(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A single string from a search parameter that may repeat. */
export function readSearchParam(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() ? first.trim() : undefined;
}

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

/**
 * Where the inspector reads one visit's payloads (`payloadsPath` is the execution's `/payloads`
 * route). A finished execution's address names when it stopped, so the server answers from the
 * history it keeps, and the page can ask for it early under the same address.
 */
export function visitPayloadsHref(payloadsPath: string, visitId: number, stoppedAtMs?: number): string {
  return `${payloadsPath}?visit=${visitId}${stoppedParam(stoppedAtMs)}`;
}

/** `&stopped=<ms>` for a finished execution; nothing while it can still change. */
const stoppedParam = (stoppedAtMs: number | undefined): string => (stoppedAtMs === undefined ? '' : `&stopped=${stoppedAtMs}`);

/** Where the Execution input or output card reads the whole payload when the page carried only its first lines. */
export function executionPayloadHref(payloadsPath: string, payload: 'input' | 'output', stoppedAtMs?: number): string {
  return `${payloadsPath}?execution=${payload}${stoppedParam(stoppedAtMs)}`;
}
