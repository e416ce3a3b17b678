import { describe, expect, it } from 'vitest';
import { dateOfBirthForAge } from '@/lib/demo/scenarios/date-of-birth-for-age';
import { computeAgeYears } from '@/lib/seeds/handlers/checkAgeRange';

describe('dateOfBirthForAge', () => {
  it('is 100 days before the birthday of that age, as YYYY-MM-DD', () => {
    expect(dateOfBirthForAge(3, new Date('2027-06-15T12:00:00Z'))).toBe('2024-03-07');
  });

  it('crosses a year boundary when today is early in the year', () => {
    expect(dateOfBirthForAge(2, new Date('2027-01-10T00:00:00Z'))).toBe('2024-10-02');
  });

  it.each([['2027-01-01T00:00:00Z'], ['2027-02-28T23:59:59Z'], ['2028-02-29T12:00:00Z'], ['2028-12-31T23:59:59Z']])(
    'gives a child exactly that age on %s, and still 90 days later',
    (iso) => {
      const now = new Date(iso);
      const later = new Date(now.getTime() + 90 * 86_400_000);
      for (const age of [1, 2, 3, 4, 5, 6]) {
        const dateOfBirth = dateOfBirthForAge(age, now);
        expect(computeAgeYears(dateOfBirth, now)).toBe(age);
        expect(computeAgeYears(dateOfBirth, later)).toBe(age);
      }
    },
  );

  it('uses UTC dates, whatever the time of day', () => {
    expect(dateOfBirthForAge(4, new Date('2027-06-15T00:00:00Z'))).toBe(dateOfBirthForAge(4, new Date('2027-06-15T23:59:59Z')));
  });
});
