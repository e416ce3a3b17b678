import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { PriceConfigError } from '@/lib/cost/parse-price-config';
import { AWS_LIST_PRICES } from '@/lib/cost/price-table';
import { loadPriceTable, PRICE_CONFIG_VARIABLE } from '@/lib/services/load-price-table';

const dir = mkdtempSync(path.join(tmpdir(), 'statescope-load-price-table-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  vi.unstubAllEnvs();
});

function file(name: string, contents: string): string {
  const at = path.join(dir, name);
  writeFileSync(at, contents);
  return at;
}

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('loadPriceTable: AWS list prices, or a price config file laid over them', () => {
  it('is named by STATESCOPE_PRICES', () => {
    expect(PRICE_CONFIG_VARIABLE).toBe('STATESCOPE_PRICES');
  });

  it('returns the list prices when no file is named', () => {
    expect(loadPriceTable(undefined)).toBe(AWS_LIST_PRICES);
    expect(loadPriceTable('')).toBe(AWS_LIST_PRICES);
  });

  it('lays a file over the list prices: a negotiated rate and a region the table lacks', () => {
    const prices = loadPriceTable(
      file(
        'negotiated.json',
        JSON.stringify({ source: 'EDP 2026', standard: { priceUsdPer1000Transitions: { 'us-east-1': 0.02, 'ap-east-1': 0.0275 } } }),
      ),
    );
    expect(prices.source).toBe('EDP 2026');
    expect(prices.standard.priceUsdPer1000TransitionsByRegion['us-east-1']).toBe(0.02);
    expect(prices.standard.priceUsdPer1000TransitionsByRegion['ap-east-1']).toBe(0.0275);
    expect(prices.standard.priceUsdPer1000TransitionsByRegion['sa-east-1']).toBe(0.0375);
    expect(prices.express).toEqual(AWS_LIST_PRICES.express);
  });

  it('names a missing file', () => {
    const missing = path.join(dir, 'nope.json');
    const error = thrownBy(() => loadPriceTable(missing));
    expect(error).toBeInstanceOf(PriceConfigError);
    expect(error).toMatchObject({ message: `price config ${missing}: no such file` });
  });

  it('names a file that cannot be read, with the reason', () => {
    expect(thrownBy(() => loadPriceTable(dir))).toMatchObject({
      name: 'PriceConfigError',
      message: `price config ${dir}: cannot be read (EISDIR)`,
    });
  });

  it('names the file and the field of a bad value, never falling back to list prices', () => {
    const bad = file('bad.json', '{"standard":{"priceUsdPer1000Transitions":{"us-east-1":"cheap"}}}');
    expect(thrownBy(() => loadPriceTable(bad))).toMatchObject({
      name: 'PriceConfigError',
      message: `price config ${bad}: standard.priceUsdPer1000Transitions["us-east-1"] must be a number of at least 0, got "cheap"`,
    });
  });

  it('refuses a file that is not JSON, naming it', () => {
    const garbled = file('garbled.json', 'standard: 0.02');
    const error = thrownBy(() => loadPriceTable(garbled));
    expect(error).toBeInstanceOf(PriceConfigError);
    expect((error as Error).message).toContain(`price config ${garbled}: `);
  });

  it('reads $STATESCOPE_PRICES, trimmed, when called without an argument; blank means none', () => {
    vi.stubEnv(PRICE_CONFIG_VARIABLE, `  ${file('env.json', '{"standard":{"priceUsdPer1000Transitions":{"us-east-1":0.01}}}')}  `);
    expect(loadPriceTable().standard.priceUsdPer1000TransitionsByRegion['us-east-1']).toBe(0.01);
    vi.stubEnv(PRICE_CONFIG_VARIABLE, '   ');
    expect(loadPriceTable()).toBe(AWS_LIST_PRICES);
    vi.stubEnv(PRICE_CONFIG_VARIABLE, undefined);
    expect(loadPriceTable()).toBe(AWS_LIST_PRICES);
  });
});
