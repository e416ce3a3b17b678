/**
 * Pages of a token-paged API, one `fetchPage` call each, from `startToken` until a page comes without
 * a token (an empty one counts as none). For calls the SDK's own paginators cannot make: each page
 * counted, paced and retried by the cost caller, or routed by our page functions (Express lists and
 * histories come from CloudWatch Logs with tokens of their own). Nothing is fetched ahead, so a caller
 * that stops early (`break`, `return`) has made exactly the calls it used, and the last page's
 * `nextToken` continues from there.
 */
export async function* readPages<Page extends { nextToken?: string }>(
  fetchPage: (nextToken: string | undefined) => Promise<Page>,
  startToken?: string,
): AsyncGenerator<Page, void, undefined> {
  let token = startToken || undefined;
  do {
    const page = await fetchPage(token);
    yield page;
    token = page.nextToken || undefined;
  } while (token);
}
