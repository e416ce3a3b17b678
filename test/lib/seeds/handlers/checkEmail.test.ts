import { describe, expect, it } from 'vitest';
import { handler as checkEmail } from '@/lib/seeds/handlers/checkEmail';

describe('checkEmail: the e-mail address, lower-cased, for validateDetails', () => {
  it.each([
    ['kwame.mensah@example.com', 'kwame.mensah@example.com'],
    ['Kwame.Mensah@Example.com', 'kwame.mensah@example.com'],
    ['  sofia.lindqvist@example.org\n', 'sofia.lindqvist@example.org'],
    ['a@b.c', 'a@b.c'],
    ['first+tag@sub.example.co.uk', 'first+tag@sub.example.co.uk'],
  ])('passes on %j as %j', (email, tidied) => {
    expect(checkEmail({ name: 'ignored', email, paymentStatus: 'PAID' })).toEqual({ email: tidied });
  });

  it.each([
    ['meilin.chen(at)example.net', "'meilin.chen(at)example.net' is not a valid e-mail address"],
    ['Meilin@Example', "'meilin@example' is not a valid e-mail address"],
    ['@example.com', "'@example.com' is not a valid e-mail address"],
    ['a@@example.com', "'a@@example.com' is not a valid e-mail address"],
    ['a b@example.com', "'a b@example.com' is not a valid e-mail address"],
    ['a@example.', "'a@example.' is not a valid e-mail address"],
    ['   ', "'' is not a valid e-mail address"],
  ])('throws InvalidEmailError for %j, quoting the address as read', (email, message) => {
    expect(() => checkEmail({ email })).toThrow(expect.objectContaining({ name: 'InvalidEmailError', message }));
  });

  it.each([
    ['no e-mail', {}],
    ['an e-mail that is not text', { email: ['a@b.c'] }],
    ['no request', undefined],
  ])('throws InvalidEmailError with an empty quote for %s', (_label, event) => {
    expect(() => checkEmail(event)).toThrow(
      expect.objectContaining({ name: 'InvalidEmailError', message: "'' is not a valid e-mail address" }),
    );
  });
});
