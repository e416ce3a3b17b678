export const DEFAULT_PAGE_SIZE = 50;

/** `?maxResults=` as ListExecutions accepts it (1–1000); anything else means the default. */
export function toPageSize(value: string | undefined): number {
  const size = Number(value);
  return Number.isInteger(size) && size >= 1 && size <= 1000 ? size : DEFAULT_PAGE_SIZE;
}

/** The page size to keep in links: undefined for the default, so default URLs stay short. */
export function customPageSize(size: number): number | undefined {
  return size === DEFAULT_PAGE_SIZE ? undefined : size;
}
