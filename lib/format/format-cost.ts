const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const DOLLARS = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Dollars: cents from $1 up, up to four decimals from $0.01, three significant digits below (per-execution costs). */
export function formatUsd(value: number): string {
  if (value === 0) return '$0.00';
  if (Math.abs(value) >= 1) return DOLLARS.format(value);
  if (Math.abs(value) >= 0.01) return `$${value.toFixed(4).replace(/0{1,2}$/, '')}`;
  // Three significant digits in plain decimals: an Express run costs around $0.000001, never '2.08e-7'.
  const decimals = Math.min(20, 2 - Math.floor(Math.log10(Math.abs(Number(value.toPrecision(3))))));
  return `$${value.toFixed(decimals).replace(/0+$/, '')}`;
}

export function formatCount(value: number): string {
  return COUNT.format(Math.round(value));
}

export function formatPercent(part: number, whole: number): string {
  if (whole <= 0) return '0 %';
  const share = (part / whole) * 100;
  return `${share >= 10 || share === 0 ? share.toFixed(0) : share.toFixed(1)} %`;
}

/** GB-seconds: whole numbers from 100 up, three significant digits below (one Express run is 0.00625). */
export function formatGbSeconds(value: number): string {
  if (value === 0) return '0';
  if (Math.abs(value) >= 100) return COUNT.format(value);
  return Number(value.toPrecision(3)).toLocaleString('en-US', { maximumFractionDigits: 10 });
}

/** A priced execution's duration in the cost tables: `850 ms`, `4.2 s` up to two minutes, then `3.5 min`; `running` without an end. */
export function formatRunDuration(ms: number | null): string {
  if (ms === null) return 'running';
  if (ms < 1000) return `${ms} ms`;
  if (ms < 120_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${(ms / 60_000).toFixed(1)} min`;
}
