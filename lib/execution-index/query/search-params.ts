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
