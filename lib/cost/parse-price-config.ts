import { AWS_LIST_PRICES, type ExpressDurationTier, type PriceTable } from './price-table';

/** A price config file that cannot be used; the message names the file and the field. */
export class PriceConfigError extends Error {
  constructor(source: string, problem: string) {
    super(`price config ${source}: ${problem}`);
    this.name = 'PriceConfigError';
  }
}

type Json = Record<string, unknown>;

const TOP_KEYS = ['source', 'asOf', 'standard', 'express'];
const STANDARD_KEYS = ['priceUsdPer1000Transitions', 'freeTierTransitionsPerMonth'];
const EXPRESS_KEYS = ['priceUsdPerMillionRequests', 'durationTiers'];
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkKeys(fail: (problem: string) => never, where: string, value: Json, allowed: string[]): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail(`unknown field ${where}${key} (allowed: ${allowed.join(', ')})`);
  }
}

function readPrice(fail: (problem: string) => never, field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    fail(`${field} must be a number of at least 0, got ${JSON.stringify(value)}`);
  }
  return value;
}

function readTiers(fail: (problem: string) => never, value: unknown): ExpressDurationTier[] {
  if (!Array.isArray(value) || value.length === 0) fail('express.durationTiers must be a non-empty array');
  let previous = 0;
  return value.map((tier: unknown, index) => {
    const field = `express.durationTiers[${index}]`;
    if (!isObject(tier)) fail(`${field} must be an object { upToGbHours, priceUsdPerGbHour }`);
    checkKeys(fail, `${field}.`, tier, ['upToGbHours', 'priceUsdPerGbHour']);
    const isLast = index === value.length - 1;
    const upTo = tier.upToGbHours ?? null;
    if (isLast && upTo !== null) fail(`${field}.upToGbHours must be null: the last tier has no upper bound`);
    if (!isLast && (typeof upTo !== 'number' || !(upTo > previous))) {
      fail(`${field}.upToGbHours must be a number greater than ${previous}, got ${JSON.stringify(upTo)}`);
    }
    if (typeof upTo === 'number') previous = upTo;
    return { upToGbHours: upTo as number | null, priceUsdPerGbHour: readPrice(fail, `${field}.priceUsdPerGbHour`, tier.priceUsdPerGbHour) };
  });
}

/**
 * Reads a price config (negotiated rates, missing regions) and lays it over `base`, AWS's list prices
 * by default. Every field is optional; an unknown field or a bad value is an error naming it, so a
 * typo never silently leaves list prices in place.
 */
export function parsePriceConfig(text: string, source: string, base: PriceTable = AWS_LIST_PRICES): PriceTable {
  const fail = (problem: string): never => {
    throw new PriceConfigError(source, problem);
  };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    fail(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isObject(document)) fail('must be a JSON object');
  const config = document as Json;
  checkKeys(fail, '', config, TOP_KEYS);

  const table: PriceTable = structuredClone(base);
  table.source = typeof config.source === 'string' ? config.source : `${source} (over ${base.source})`;
  if (config.asOf !== undefined) {
    if (typeof config.asOf !== 'string') fail('asOf must be a string such as "2026-01-31"');
    table.asOf = config.asOf as string;
  }
  if (config.standard !== undefined) {
    const standard = config.standard;
    if (!isObject(standard)) fail('standard must be an object');
    checkKeys(fail, 'standard.', standard as Json, STANDARD_KEYS);
    const byRegion = (standard as Json).priceUsdPer1000Transitions;
    if (byRegion !== undefined) {
      if (!isObject(byRegion)) fail('standard.priceUsdPer1000Transitions must map region codes to prices');
      for (const [region, price] of Object.entries(byRegion as Json)) {
        if (!REGION.test(region)) fail(`standard.priceUsdPer1000Transitions has '${region}', which is not a region code such as us-east-1`);
        table.standard.priceUsdPer1000TransitionsByRegion[region] = readPrice(
          fail,
          `standard.priceUsdPer1000Transitions["${region}"]`,
          price,
        );
      }
    }
    const freeTier = (standard as Json).freeTierTransitionsPerMonth;
    if (freeTier !== undefined) {
      table.standard.freeTierTransitionsPerMonth = readPrice(fail, 'standard.freeTierTransitionsPerMonth', freeTier);
    }
  }
  if (config.express !== undefined) {
    const express = config.express;
    if (!isObject(express)) fail('express must be an object');
    checkKeys(fail, 'express.', express as Json, EXPRESS_KEYS);
    const requests = (express as Json).priceUsdPerMillionRequests;
    if (requests !== undefined) table.express.priceUsdPerMillionRequests = readPrice(fail, 'express.priceUsdPerMillionRequests', requests);
    const tiers = (express as Json).durationTiers;
    if (tiers !== undefined) table.express.durationTiers = readTiers(fail, tiers);
  }
  return table;
}
