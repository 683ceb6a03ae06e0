import { toBerlinTime } from "./opening-hours";

// A project's period as its document states it: "2016 bis 2019", "September 2014
// bis August 2017", "bis 30. Juni 2023". Stored as the first and the last day the
// stated period covers plus how much of the date was printed, so a page says
// "bis August 2017" and never an invented day.

export type PeriodPrecision = "year" | "month" | "day";

export type StatedDate = { date: Date; precision: PeriodPrecision };

const partialDate = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function utc(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day));
}

/** "2017-08" → 2017-08-01 (start) or 2017-08-31 (end); null for anything else. */
export function readStatedDate(value: string, edge: "start" | "end"): StatedDate | null {
  const match = partialDate.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month === null) return { date: edge === "start" ? utc(year, 0, 1) : utc(year, 11, 31), precision: "year" };
  if (day === null) return { date: edge === "start" ? utc(year, month - 1, 1) : utc(year, month, 0), precision: "month" };
  const date = utc(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1) return null;
  return { date, precision: "day" };
}

/** Today's calendar day in Berlin as the UTC-midnight Date a PostgreSQL `date` column compares with. */
export function getBerlinDay(now: Date = new Date()): Date {
  return new Date(`${toBerlinTime(now).date}T00:00:00Z`);
}

/** Ended once the last day of the stated period lies before today (Europe/Berlin). */
export function isPeriodOver(validUntil: Date | null, now: Date = new Date()): boolean {
  return validUntil !== null && validUntil < getBerlinDay(now);
}

const formatOptions: Record<PeriodPrecision, Intl.DateTimeFormatOptions> = {
  year: { year: "numeric", timeZone: "UTC" },
  month: { year: "numeric", month: "long", timeZone: "UTC" },
  day: { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" },
};

/** The date as precisely as it was printed, in the reader's language. */
export function formatStatedDate(date: Date, precision: PeriodPrecision, locale: string): string {
  return new Intl.DateTimeFormat(locale === "de-x-ls" ? "de" : locale, formatOptions[precision]).format(date);
}

export function toPrecision(value: string | null): PeriodPrecision | null {
  return value === "year" || value === "month" || value === "day" ? value : null;
}

/**
 * The stored date back in its stated form ("2017-08"), for the staff's form. The end is
 * as precise as the period; the start as precise as its date shows (the 1st of July
 * 2018 of "Juli 2018 bis 2019" is "2018-07").
 */
export function toStatedValue(date: Date | null, edge: "start" | "end", precision: PeriodPrecision | null): string | null {
  if (date === null) return null;
  const iso = date.toISOString().slice(0, 10);
  if (edge === "end") return precision === "year" ? iso.slice(0, 4) : precision === "month" ? iso.slice(0, 7) : iso;
  if (iso.endsWith("-01-01") && precision === "year") return iso.slice(0, 4);
  if (iso.endsWith("-01") && precision !== "day") return iso.slice(0, 7);
  return iso;
}

/** The stored columns of a stated period (first and last day, precision); a value that is no date counts as not stated. */
export function toPeriodColumns(from: string | null, until: string | null) {
  const start = from ? readStatedDate(from, "start") : null;
  const end = until ? readStatedDate(until, "end") : null;
  return {
    validFrom: start?.date ?? null,
    validUntil: end?.date ?? null,
    periodPrecision: end?.precision ?? start?.precision ?? null,
  };
}
