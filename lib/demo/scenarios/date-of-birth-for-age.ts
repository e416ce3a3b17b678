/**
 * A date of birth that makes a child `ageYears` old today and stays so for weeks (about 100 days
 * past the birthday), so the demo's age checks give the same answer whenever it runs.
 */
export function dateOfBirthForAge(ageYears: number, now: Date = new Date()): string {
  const date = new Date(Date.UTC(now.getUTCFullYear() - ageYears, now.getUTCMonth(), now.getUTCDate() - 100));
  return date.toISOString().slice(0, 10);
}
