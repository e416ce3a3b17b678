/** UTC with an explicit label: the server renders times, so local time would depend on the host. */
export function formatDateTime(date: Date | undefined, options: { milliseconds?: boolean } = {}): string {
  if (!date || Number.isNaN(date.getTime())) return '—';
  const iso = date.toISOString();
  const time = options.milliseconds ? iso.slice(11, 23) : iso.slice(11, 19);
  return `${iso.slice(0, 10)} ${time} UTC`;
}
