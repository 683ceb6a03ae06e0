import { toBerlinTime } from "@/lib/directory/opening-hours";

// An offer is due for checking when nobody has confirmed it for more than twelve
// months. Dates are calendar days on Berlin's wall clock ("YYYY-MM-DD"), the way
// office staff count them, whatever zone the server runs in.

export const verificationIntervalMonths = 12;

/** Today in Europe/Berlin as "YYYY-MM-DD". */
export function getBerlinToday(now: Date): string {
  return toBerlinTime(now).date;
}

/** A calendar day as the UTC midnight Date that PostgreSQL `date` columns map to. */
export function toDateValue(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function toDayString(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/**
 * The day twelve months before `today`; a check ON that day is exactly twelve months
 * old and not yet due, one before it is. 29 February falls back to 28 February.
 */
export function getVerificationCutoff(today: string, months = verificationIntervalMonths): string {
  const [year, month, day] = today.split("-").map(Number) as [number, number, number];
  const monthIndex = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${targetYear}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}

export function isVerificationDue(lastVerifiedAt: Date | null, today: string): boolean {
  return lastVerifiedAt === null || toDayString(lastVerifiedAt) < getVerificationCutoff(today);
}
