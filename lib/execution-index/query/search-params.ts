/** What a page's `searchParams` or a URL's query gives: one value, repeats, or none. */
export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** Every value of one parameter, in order (repeats kept). */
export function readAllParams(params: SearchParamsInput, name: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(name);
  const value = Object.hasOwn(params, name) ? params[name] : undefined;
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** The first non-blank value of one parameter, trimmed; undefined when there is none. */
export function readOneParam(params: SearchParamsInput, name: string): string | undefined {
  return readAllParams(params, name)
    .map((value) => value.trim())
    .find((value) => value !== '');
}

/**
 * Whether the address already is `href` (the same parameters, in any order). A GET form sends its
 * empty fields and repeats checkboxes (`machine=&status=A&status=B`); the page redirects such an
 * address to the clean one, so what is bookmarked or shared reads well.
 */
export function isSameQuery(params: SearchParamsInput, href: string): boolean {
  const entries = (list: [string, string][]) => list.map(([key, value]) => `${key}=${value}`).sort();
  const given: [string, string][] =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params).flatMap(([key, value]) =>
          value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((one): [string, string] => [key, one]),
        );
  const wanted = [...new URL(href, 'http://127.0.0.1').searchParams.entries()];
  return JSON.stringify(entries(given)) === JSON.stringify(entries(wanted));
}
