/**
 * Whether a state-changing request really comes from the dashboard's own pages. Any web page the
 * user visits can POST to 127.0.0.1, and a rebound DNS name can make it look same-site, so both the
 * Host the request was sent to and the Origin it was sent from must be the dashboard's own.
 */
export interface RequestOriginHeaders {
  host: string | null;
  origin: string | null;
  /** Browsers send it on every request; used only when Origin is missing. */
  secFetchSite: string | null;
}

export type OriginVerdict = { allowed: true } | { allowed: false; reason: string };

/** Loopback names the dashboard answers to unless the user adds more. */
export const LOOPBACK_HOSTNAMES: readonly string[] = ['127.0.0.1', 'localhost', '[::1]'];

function hostnameOf(host: string): string {
  const bracketEnd = host.startsWith('[') ? host.indexOf(']') : -1;
  if (bracketEnd > 0) return host.slice(0, bracketEnd + 1).toLowerCase();
  const colon = host.lastIndexOf(':');
  return (colon >= 0 ? host.slice(0, colon) : host).toLowerCase();
}

export function judgeRequestOrigin(headers: RequestOriginHeaders, allowedHostnames: readonly string[] = LOOPBACK_HOSTNAMES): OriginVerdict {
  const host = headers.host?.trim();
  if (!host) return { allowed: false, reason: 'The request has no Host header.' };
  if (!allowedHostnames.includes(hostnameOf(host))) {
    return { allowed: false, reason: `The request was sent to ${host}, which is not the dashboard's own address.` };
  }
  if (headers.origin === null) {
    if (headers.secFetchSite === 'same-origin') return { allowed: true };
    return { allowed: false, reason: 'The request does not say which page sent it (no Origin header).' };
  }
  let origin: URL;
  try {
    origin = new URL(headers.origin);
  } catch {
    return { allowed: false, reason: `The request came from an unreadable origin (${headers.origin}).` };
  }
  if ((origin.protocol !== 'http:' && origin.protocol !== 'https:') || origin.host.toLowerCase() !== host.toLowerCase()) {
    return { allowed: false, reason: `The request came from ${headers.origin}, not from the dashboard at ${host}.` };
  }
  return { allowed: true };
}

/** Reads the headers from a Fetch API request (a Next.js route handler's `request`). */
export function originHeadersOf(request: Pick<Request, 'headers'>): RequestOriginHeaders {
  return {
    host: request.headers.get('host'),
    origin: request.headers.get('origin'),
    secFetchSite: request.headers.get('sec-fetch-site'),
  };
}
