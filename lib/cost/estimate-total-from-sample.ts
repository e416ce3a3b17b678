import type { Interval } from './types';

export interface SampleEstimate {
  population: number;
  sampleSize: number;
  confidence: number;
  /** Mean per item, with its interval. */
  mean: Interval;
  /** Population total (population × mean), with its interval. */
  total: Interval;
  /** Standard error of the total, so estimates of independent groups can be combined. */
  totalStandardError: number;
  /** True when every item was measured: the interval is the value itself. */
  exact: boolean;
}

/** Inverse of the standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile needs 0 < p < 1, got ${p}`);
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239] as const;
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572] as const;
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783,
  ] as const;
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416] as const;
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

/** Student's t quantile by the Cornish–Fisher expansion: within 0.5 % of tables for df ≥ 3. */
export function studentTQuantile(p: number, df: number): number {
  const z = normalQuantile(p);
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3);
}

/**
 * Estimates a population total from a simple random sample without replacement: mean × population,
 * with a Student-t interval on the mean and the finite-population correction, so reading every item
 * gives a zero-width interval. Assumes the sample is large enough for the mean to be near-normal
 * (tens of items); a rare, huge outlier the sample missed is not covered.
 */
export function estimateTotalFromSample(values: readonly number[], population: number, confidence = 0.95): SampleEstimate {
  const n = values.length;
  if (n === 0 || population < n) {
    throw new RangeError(`a sample needs 1 to ${population} values, got ${n}`);
  }
  if (n < 2 && n < population) throw new RangeError('an interval needs at least 2 sampled values (or all of them)');
  const mean = values.reduce((sum, value) => sum + value, 0) / n;
  const variance = n > 1 ? values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1) : 0;
  const exact = n === population;
  const finiteCorrection = population > 1 ? (population - n) / (population - 1) : 0;
  const meanError = exact ? 0 : Math.sqrt((variance / n) * finiteCorrection);
  const quantile = n > 1 ? studentTQuantile(1 - (1 - confidence) / 2, n - 1) : 0;
  const margin = quantile * meanError;
  const meanInterval = { estimate: mean, low: Math.max(0, mean - margin), high: mean + margin };
  return {
    population,
    sampleSize: n,
    confidence,
    mean: meanInterval,
    total: { estimate: mean * population, low: meanInterval.low * population, high: meanInterval.high * population },
    totalStandardError: meanError * population,
    exact,
  };
}
