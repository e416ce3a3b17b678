import { describe, expect, it } from 'vitest';
import { PageTokenCodec } from '@/lib/emulator/server/page-token-codec';
import { apiErrorOf } from '../../../support/emulator-actions/api-error-of';

const INVALID_MESSAGE = "Invalid Token: 'The pagination token is invalid or does not belong to this request'";
const codec = new PageTokenCodec(Buffer.from('secret-one'));

describe('PageTokenCodec', () => {
  it.each([0, 1, 42, -7, Number.MAX_SAFE_INTEGER])('gives back position %d for the scope it was issued for', (position) => {
    expect(codec.decode(codec.encode('history|1|forward', position), 'history|1|forward')).toBe(position);
  });

  it('writes URL-safe tokens of a base64url payload and a 22-character signature', () => {
    const token = codec.encode('executions|3|', 99);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
    expect(JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8'))).toEqual({ s: 'executions|3|', p: 99 });
  });

  it('issues the same token for the same scope and position (no randomness)', () => {
    expect(codec.encode('s', 5)).toBe(codec.encode('s', 5));
  });

  it('refuses a token issued for another scope (execution, filter or order changed)', () => {
    const token = codec.encode('history|1|forward', 10);
    expect(apiErrorOf(() => codec.decode(token, 'history|1|reverse'))).toEqual(['InvalidToken', INVALID_MESSAGE]);
    expect(apiErrorOf(() => codec.decode(token, 'history|2|forward'))).toEqual(['InvalidToken', INVALID_MESSAGE]);
  });

  it('refuses a token signed with another secret (another emulator database)', () => {
    const other = new PageTokenCodec(Buffer.from('secret-two'));
    expect(apiErrorOf(() => codec.decode(other.encode('s', 1), 's'))).toEqual(['InvalidToken', INVALID_MESSAGE]);
  });

  it('refuses a payload edited by hand, even with the old signature', () => {
    const [, signature] = codec.encode('s', 1).split('.');
    const edited = Buffer.from(JSON.stringify({ s: 's', p: 1000 })).toString('base64url');
    expect(apiErrorOf(() => codec.decode(`${edited}.${signature}`, 's'))).toEqual(['InvalidToken', INVALID_MESSAGE]);
  });

  it.each(['', '.', 'abc', 'abc.', '.abc', 'a.b.c', `${'x'.repeat(10)}.${'y'.repeat(22)}`])('refuses the malformed token %j', (token) => {
    expect(apiErrorOf(() => codec.decode(token, 's'))).toEqual(['InvalidToken', INVALID_MESSAGE]);
  });

  it('refuses a token it signed itself when the position in it is no integer', () => {
    expect(apiErrorOf(() => codec.decode(codec.encode('s', 1.5), 's'))).toEqual(['InvalidToken', INVALID_MESSAGE]);
    expect(apiErrorOf(() => codec.decode(codec.encode('s', Number.NaN), 's'))).toEqual(['InvalidToken', INVALID_MESSAGE]);
  });
});
