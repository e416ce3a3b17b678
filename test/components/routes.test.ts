import { describe, expect, it } from 'vitest';
import {
  decodeArnParam,
  executionHref,
  executionPayloadHref,
  mapRunHref,
  mapRunName,
  readSearchParam,
  stateMachineHref,
  visitPayloadsHref,
} from '@/components/routes';

// ARNs hold ':' and '/', so a link carries each as one encoded path segment, and a page reads it back.

const MACHINE = 'arn:aws:states:us-east-1:123456789012:stateMachine:order-workflow';
const EXECUTION = 'arn:aws:states:us-east-1:123456789012:execution:order-workflow:run/1';

describe('stateMachineHref', () => {
  it('encodes the ARN as one path segment', () => {
    expect(stateMachineHref(MACHINE)).toBe('/state-machines/arn%3Aaws%3Astates%3Aus-east-1%3A123456789012%3AstateMachine%3Aorder-workflow');
  });

  it.each<[Parameters<typeof stateMachineHref>[1], string]>([
    [{}, ''],
    [{ status: 'FAILED' }, '?status=FAILED'],
    [{ maxResults: 100 }, '?maxResults=100'],
    [{ maxResults: 0 }, ''],
    [{ nextToken: 'a+b/c==' }, '?nextToken=a%2Bb%2Fc%3D%3D'],
    [{ nextToken: '' }, ''],
    [{ nextToken: 'tok', maxResults: 10, status: 'TIMED_OUT' }, '?status=TIMED_OUT&maxResults=10&nextToken=tok'],
  ])('adds query %j as %j', (query, search) => {
    expect(stateMachineHref('m', query)).toBe(`/state-machines/m${search}`);
  });
});

describe('executionHref', () => {
  it('encodes the ARN, slashes included, as one path segment', () => {
    expect(executionHref(EXECUTION)).toBe(
      '/executions/arn%3Aaws%3Astates%3Aus-east-1%3A123456789012%3Aexecution%3Aorder-workflow%3Arun%2F1',
    );
  });

  it.each<[Parameters<typeof executionHref>[1], string]>([
    [{}, ''],
    [{ type: 'TaskFailed' }, '?type=TaskFailed'],
    [{ type: '' }, ''],
    [{ page: 1 }, ''],
    [{ page: 0 }, ''],
    [{ page: -3 }, ''],
    [{ page: 2 }, '?page=2'],
    [{ type: 'Task Failed&x', page: 7 }, '?type=Task+Failed%26x&page=7'],
  ])('adds query %j as %j (page 1 is the default)', (query, search) => {
    expect(executionHref('e', query)).toBe(`/executions/e${search}`);
  });
});

describe('decodeArnParam', () => {
  it.each([
    ['an encoded segment', encodeURIComponent(EXECUTION), EXECUTION],
    ['a segment Next.js already decoded', EXECUTION, EXECUTION],
    ['a segment that is not valid percent-encoding', 'arn%E0%A4%A', 'arn%E0%A4%A'],
    ['a lone percent sign', '100%', '100%'],
    ['a doubly encoded segment (decoded once only)', 'a%2520b', 'a%20b'],
    ['an empty segment', '', ''],
  ])('reads %s', (_, segment, arn) => {
    expect(decodeArnParam(segment)).toBe(arn);
  });

  it('reads back what stateMachineHref and executionHref wrote', () => {
    for (const arn of [MACHINE, EXECUTION, 'arn:odd name/with%percent?and#hash']) {
      expect(decodeArnParam(stateMachineHref(arn).slice('/state-machines/'.length))).toBe(arn);
      expect(decodeArnParam(executionHref(arn).slice('/executions/'.length))).toBe(arn);
    }
  });
});

describe('readSearchParam', () => {
  it.each<[string | string[] | undefined, string | undefined]>([
    [undefined, undefined],
    ['', undefined],
    ['   ', undefined],
    ['FAILED', 'FAILED'],
    ['  spaced out  ', 'spaced out'],
    [[], undefined],
    [['first', 'second'], 'first'],
    [[' first ', 'second'], 'first'],
    [['', 'second'], undefined],
  ])('reads %j as %j', (value, expected) => {
    expect(readSearchParam(value)).toBe(expected);
  });
});

const MAP_RUN_ARN = 'arn:aws:states:us-east-1:123456789012:mapRun:parcel-audit/AuditParcels:run-1';

describe('mapRunHref', () => {
  it('puts the ARN in one encoded segment and the status and cursor in the query', () => {
    expect(mapRunHref(MAP_RUN_ARN)).toBe(
      '/map-runs/arn%3Aaws%3Astates%3Aus-east-1%3A123456789012%3AmapRun%3Aparcel-audit%2FAuditParcels%3Arun-1',
    );
    expect(mapRunHref(MAP_RUN_ARN, { status: 'FAILED', cursor: 'FAILED.a/b' })).toMatch(/\?status=FAILED&cursor=FAILED.a%2Fb$/);
  });
});

describe('mapRunName', () => {
  it('is MACHINE/LABEL for a Map Run ARN and the text itself otherwise', () => {
    expect(mapRunName(MAP_RUN_ARN)).toBe('parcel-audit/AuditParcels');
    expect(mapRunName('not-an-arn')).toBe('not-an-arn');
  });
});

describe('visitPayloadsHref', () => {
  const payloadsPath = '/executions/arn%3Aaws%3Astates%3Aus-east-1%3A123456789012%3Aexecution%3Aorders%3Arun-1/payloads';

  it('names the visit, and a finished execution’s stop so the server answers from the history it keeps', () => {
    expect(visitPayloadsHref(payloadsPath, 7, 1_796_493_219_490)).toBe(`${payloadsPath}?visit=7&stopped=1796493219490`);
  });

  it('names no stop while the execution can still change', () => {
    expect(visitPayloadsHref(payloadsPath, 7)).toBe(`${payloadsPath}?visit=7`);
  });

  it('keeps a stop at the epoch, which is a stop', () => {
    expect(visitPayloadsHref(payloadsPath, 1, 0)).toBe(`${payloadsPath}?visit=1&stopped=0`);
  });
});

describe('executionPayloadHref', () => {
  const payloadsPath = '/executions/arn%3Aaws%3Astates%3Aus-east-1%3A123456789012%3Aexecution%3Aorders%3Arun-1/payloads';

  it('names the payload, and the stop when the execution has one', () => {
    expect(executionPayloadHref(payloadsPath, 'input', 1_796_493_219_490)).toBe(`${payloadsPath}?execution=input&stopped=1796493219490`);
    expect(executionPayloadHref(payloadsPath, 'output')).toBe(`${payloadsPath}?execution=output`);
    expect(executionPayloadHref(payloadsPath, 'input', 0)).toBe(`${payloadsPath}?execution=input&stopped=0`);
  });
});
