import { describe, expect, it } from 'vitest';
import { handler as checkName } from '@/lib/seeds/handlers/checkName';

describe('checkName: the student name, tidied, for validateDetails', () => {
  it.each([
    ['Kwame Mensah', 'Kwame Mensah'],
    [' Kwame  Mensah ', 'Kwame Mensah'],
    ['Mei\tLin\n Chen', 'Mei Lin Chen'],
    ['Tomás Herrera', 'Tomás Herrera'],
  ])('passes on %j as %j', (name, tidied) => {
    expect(checkName({ name, email: 'ignored@example.com', paymentStatus: 'PAID' })).toEqual({ name: tidied });
  });

  it.each([
    ['no name', {}],
    ['an empty name', { name: '' }],
    ['a blank name', { name: '   ' }],
    ['a name that is not text', { name: 42 }],
    ['no request', null],
    ['a request that is text', 'Kwame Mensah'],
  ])('throws InvalidNameError for %s', (_label, event) => {
    expect(() => checkName(event)).toThrow(
      expect.objectContaining({ name: 'InvalidNameError', message: 'The enrollment request has no student name' }),
    );
  });
});
