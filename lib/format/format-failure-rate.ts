/** `66.7 %`, `0 %`, `100 %`; `–` when nothing closed. */
export function formatFailureRate(rate: number | undefined): string {
  if (rate === undefined) return '–';
  const percent = rate * 100;
  return `${Number.isInteger(percent) ? percent : percent.toFixed(1)} %`;
}
