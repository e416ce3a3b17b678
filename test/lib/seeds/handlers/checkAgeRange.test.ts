import { describe, expect, it } from 'vitest';
import { computeAgeYears, handler } from '@/lib/seeds/handlers/checkAgeRange';
import { dateOfBirthForAge } from '@/lib/demo/scenarios/date-of-birth-for-age';

function event(dateOfBirth: string) {
  return { statusCode: 200, body: JSON.stringify({ child: { firstName: 'Lukas', dateOfBirth }, daysOfWeek: ['Monday'] }) };
}

describe('checkAgeRange', () => {
  it('counts whole years, not yet counting a birthday later this year', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(computeAgeYears('2023-11-23', now)).toBe(3);
    expect(computeAgeYears('2023-11-24', now)).toBe(2);
    expect(computeAgeYears('2020-02-29', now)).toBe(6);
  });

  it.each([2, 3, 4, 5])('accepts a %i-year-old and adds child.age to the body', (age) => {
    const response = handler(event(dateOfBirthForAge(age)));
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body).child.age).toBe(age);
  });

  it.each([0, 1, 6, 10])('refuses a %i-year-old with 400 and a JSON-encoded message', (age) => {
    expect(handler(event(dateOfBirthForAge(age)))).toEqual({
      statusCode: 400,
      body: '"Child is not within the acceptable age range for this daycare."',
    });
  });

  it("throws ValueError for a date that is not YYYY-MM-DD, with Python's message", () => {
    expect(() => handler(event('03/14/2022'))).toThrow(
      expect.objectContaining({ name: 'ValueError', message: "time data '03/14/2022' does not match format '%Y-%m-%d'" }),
    );
    expect(() => handler(event('2022-02-30'))).toThrow(expect.objectContaining({ name: 'ValueError' }));
  });
});
