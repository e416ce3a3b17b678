import { AsyncLocalStorage } from 'node:async_hooks';
import { cache } from 'react';

/** Each route request's results, by function and arguments. */
const routeRequest = new AsyncLocalStorage<Map<(...args: never[]) => unknown, Map<string, unknown>>>();

/**
 * Runs a route handler's work with a cache of its own: React's `cache` memoizes only while a page
 * renders, so in a route handler every read through requestCache would otherwise reach AWS again.
 */
export function inRouteRequest<T>(handle: () => Promise<T>): Promise<T> {
  return routeRequest.run(new Map(), handle);
}

/**
 * `fn` once per request and arguments: React's `cache` while a page renders, and inside
 * inRouteRequest the same for a route handler. Arguments are compared as JSON (strings and
 * undefined here); elsewhere (a test, a script) every call runs.
 */
export function requestCache<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const rendering = cache(fn);
  return (...args: A): R => {
    const requestResults = routeRequest.getStore();
    if (!requestResults) return rendering(...args);
    let results = requestResults.get(fn);
    if (!results) requestResults.set(fn, (results = new Map()));
    const key = JSON.stringify(args);
    if (!results.has(key)) results.set(key, fn(...args));
    return results.get(key) as R;
  };
}

/** A route handler whose reads share one request cache (inRouteRequest). */
export function withRequestCache<A extends unknown[]>(handle: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return (...args) => inRouteRequest(() => handle(...args));
}
