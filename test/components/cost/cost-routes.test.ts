import { describe, expect, it } from 'vitest';
import { COST_CSV_TABLES, COST_MODES, costCsvHref, costHref, toCostMode, type CostMode } from '@/components/cost/cost-routes';

// Cost links: the ARN is one encoded path segment (or the `arn` parameter of the CSV export);
// the mode is kept only when it is not the default, auto.

const ARN = 'arn:aws:states:us-east-1:123456789012:stateMachine:order-workflow';
const ENCODED = 'arn%3Aaws%3Astates%3Aus-east-1%3A123456789012%3AstateMachine%3Aorder-workflow';

describe('costHref', () => {
  it.each<[string | undefined, CostMode | undefined, string]>([
    [undefined, undefined, '/cost'],
    [undefined, 'auto', '/cost'],
    [undefined, 'exact', '/cost?mode=exact'],
    [undefined, 'sampled', '/cost?mode=sampled'],
    ['', 'exact', '/cost?mode=exact'],
    [ARN, undefined, `/cost/${ENCODED}`],
    [ARN, 'auto', `/cost/${ENCODED}`],
    [ARN, 'sampled', `/cost/${ENCODED}?mode=sampled`],
  ])('links ARN %j in mode %j to %s', (arn, mode, href) => {
    expect(costHref(arn, mode)).toBe(href);
  });

  it('keeps an ARN with slashes, spaces and percent signs in one segment', () => {
    expect(costHref('arn:a/b c%d')).toBe('/cost/arn%3Aa%2Fb%20c%25d');
  });
});

describe('costCsvHref', () => {
  it.each<[(typeof COST_CSV_TABLES)[number], string | undefined, CostMode | undefined, string]>([
    ['executions', undefined, undefined, '/cost/export?table=executions'],
    ['state-machines', undefined, 'auto', '/cost/export?table=state-machines'],
    ['states', undefined, 'exact', '/cost/export?table=states&mode=exact'],
    ['executions', ARN, undefined, `/cost/export?table=executions&arn=${ENCODED}`],
    ['states', ARN, 'sampled', `/cost/export?table=states&arn=${ENCODED}&mode=sampled`],
    ['executions', '', 'exact', '/cost/export?table=executions&mode=exact'],
  ])('links table %s of ARN %j in mode %j to %s', (table, arn, mode, href) => {
    expect(costCsvHref(table, arn, mode)).toBe(href);
  });

  it('gives back the table, ARN and mode through URLSearchParams', () => {
    const params = new URL(costCsvHref('states', 'arn:a/b c&d=e', 'exact'), 'http://x').searchParams;
    expect([...params]).toEqual([
      ['table', 'states'],
      ['arn', 'arn:a/b c&d=e'],
      ['mode', 'exact'],
    ]);
  });
});

describe('toCostMode', () => {
  it('knows exactly the modes auto, exact and sampled', () => {
    expect(COST_MODES).toEqual(['auto', 'exact', 'sampled']);
  });

  it.each(COST_MODES)('keeps %s', (mode) => {
    expect(toCostMode(mode)).toBe(mode);
  });

  it.each([undefined, '', 'Exact', 'SAMPLED', ' exact', 'cheap', 'constructor', '__proto__'])('reads %j as auto', (value) => {
    expect(toCostMode(value)).toBe('auto');
  });
});
