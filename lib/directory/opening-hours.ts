// Opening hours are stored as wall-clock times in Europe/Berlin (see prisma/schema.prisma),
// so every question about "now" is answered on Berlin's wall clock, whatever the server's zone.
//
// Shared with the browser (components/open-now-badge.tsx re-checks "open now" there):
// keep this module free of imports, server-only code and Node APIs; Intl and Date only.

/** weekday 1 = Monday … 7 = Sunday; times "HH:MM", closes may be "24:00" or earlier than opens (past midnight). */
export type WeeklyHours = { weekday: number; opens: string; closes: string; note?: string | null };

/** A date ("YYYY-MM-DD", Berlin) that differs from the weekly hours. */
export type HoursException = { date: string; closed: boolean; opens: string | null; closes: string | null; note?: string | null };

export type BerlinTime = { date: string; weekday: number; minutes: number };

export type TimeRange = { opens: string; closes: string; note: string | null };

export type DaySpan = { from: number; to: number };

export type HoursRow = { days: DaySpan[]; ranges: TimeRange[] };

const MINUTES_PER_DAY = 24 * 60;

const berlinClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Berlin",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

export function toBerlinTime(at: Date): BerlinTime {
  const parts = Object.fromEntries(berlinClock.formatToParts(at).map((part) => [part.type, part.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return { date, weekday: toIsoWeekday(date), minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

export function toIsoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export function shiftDate(date: string, days: number): string {
  const shifted = new Date(`${date}T00:00:00Z`);
  shifted.setUTCDate(shifted.getUTCDate() + days);
  return shifted.toISOString().slice(0, 10);
}

function toMinutes(time: string): number {
  const [hours, minutes] = time.split(":").map(Number);
  return hours! * 60 + minutes!;
}

// Minutes from the start of the day the range begins on; a range that closes at or
// before it opens runs past midnight ("20:00"–"02:00"; "00:00"–"00:00" is the whole day).
function toInterval(range: { opens: string; closes: string }): { start: number; end: number } {
  const start = toMinutes(range.opens);
  let end = toMinutes(range.closes);
  if (end <= start) end += MINUTES_PER_DAY;
  return { start, end };
}

function findException(exceptions: HoursException[], date: string): HoursException | undefined {
  return exceptions.find((exception) => exception.date === date);
}

// An exception that is neither closed nor has times only carries a note; the weekly hours still apply.
function overridesWeeklyHours(exception: HoursException | undefined): exception is HoursException {
  return exception !== undefined && (exception.closed || (exception.opens !== null && exception.closes !== null));
}

function rangesOn(date: string, hours: WeeklyHours[], exceptions: HoursException[]): { opens: string; closes: string }[] {
  const exception = findException(exceptions, date);
  if (overridesWeeklyHours(exception)) {
    return exception.closed ? [] : [{ opens: exception.opens!, closes: exception.closes! }];
  }
  const weekday = toIsoWeekday(date);
  return hours.filter((h) => h.weekday === weekday);
}

/**
 * Whether the offer is open at the given instant, on Berlin's wall clock.
 * null means unknown: no weekly hours and no exception for that day — never "closed".
 * A range running past midnight belongs to the day it starts on, so a closure the
 * next day does not cut short the evening before.
 */
export function isOpenAt(hours: WeeklyHours[], exceptions: HoursException[], at: Date): boolean | null {
  const now = toBerlinTime(at);
  const yesterday = shiftDate(now.date, -1);
  const fromYesterday = rangesOn(yesterday, hours, exceptions).some((range) => {
    const { end } = toInterval(range);
    return end > MINUTES_PER_DAY && now.minutes + MINUTES_PER_DAY < end;
  });
  if (fromYesterday) return true;
  if (hours.length === 0 && !overridesWeeklyHours(findException(exceptions, now.date))) return null;
  return rangesOn(now.date, hours, exceptions).some((range) => {
    const { start, end } = toInterval(range);
    return start <= now.minutes && now.minutes < end;
  });
}

/**
 * The exceptions a later "open now" check can still need: from the day before the given
 * instant (Berlin) on, since a range past midnight belongs to the day it starts on.
 */
export function exceptionsForOpenNow<T extends HoursException>(exceptions: T[], at: Date): T[] {
  const dayBefore = shiftDate(toBerlinTime(at).date, -1);
  return exceptions.filter((e) => e.date >= dayBefore);
}

/** Exceptions from the given day on (Berlin), earliest first: past closures are of no use to a reader. */
export function listUpcomingExceptions<T extends HoursException>(exceptions: T[], at: Date): T[] {
  const today = toBerlinTime(at).date;
  return exceptions.filter((e) => e.date >= today).sort((a, b) => a.date.localeCompare(b.date));
}

function toSpans(weekdays: number[]): DaySpan[] {
  const spans: DaySpan[] = [];
  for (const day of weekdays) {
    const last = spans.at(-1);
    if (last && last.to === day - 1) last.to = day;
    else spans.push({ from: day, to: day });
  }
  return spans;
}

/**
 * Weekly hours as display rows: days with the same hours share a row
 * (Monday–Friday 09:00–12:00). Days without hours are left out.
 */
export function groupWeeklyHours(hours: WeeklyHours[]): HoursRow[] {
  const byKey = new Map<string, { weekdays: number[]; ranges: TimeRange[] }>();
  for (let weekday = 1; weekday <= 7; weekday++) {
    const ranges = hours
      .filter((h) => h.weekday === weekday)
      .map((h) => ({ opens: h.opens, closes: h.closes, note: h.note ?? null }))
      .sort((a, b) => a.opens.localeCompare(b.opens) || a.closes.localeCompare(b.closes));
    if (ranges.length === 0) continue;
    const key = JSON.stringify(ranges);
    const group = byKey.get(key);
    if (group) group.weekdays.push(weekday);
    else byKey.set(key, { weekdays: [weekday], ranges });
  }
  return [...byKey.values()].map((group) => ({ days: toSpans(group.weekdays), ranges: group.ranges }));
}

/** "Montag–Freitag", "Montag, Mittwoch und Freitag"; two neighbouring days are listed, not joined by a dash. */
export function formatDaySpans(spans: DaySpan[], dayName: (weekday: number) => string, locale: string): string {
  const items = spans.flatMap((span) => {
    if (span.from === span.to) return [dayName(span.from)];
    if (span.to === span.from + 1) return [dayName(span.from), dayName(span.to)];
    return [`${dayName(span.from)}–${dayName(span.to)}`];
  });
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
}

/** Plain-text ranges of one row, e.g. for a vCard note: "09:00 bis 12:00 Uhr und 14:00 bis 16:00 Uhr (Sprechstunde)". */
export function formatRanges(ranges: TimeRange[], rangeText: (range: TimeRange) => string, locale: string): string {
  const items = ranges.map((range) => (range.note ? `${rangeText(range)} (${range.note})` : rangeText(range)));
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
}

/** The weekly hours as plain-text lines ("Montag–Freitag: 09:00 bis 12:00 Uhr"), e.g. for a vCard note. */
export function formatHoursRows(
  hours: WeeklyHours[],
  dayName: (weekday: number) => string,
  rangeText: (range: TimeRange) => string,
  locale: string,
): string[] {
  return groupWeeklyHours(hours).map(
    (row) => `${formatDaySpans(row.days, dayName, locale)}: ${formatRanges(row.ranges, rangeText, locale)}`,
  );
}

/** 00:00 to 24:00: said in words, since "12:00 AM to 12:00 AM" means nothing on a 12-hour clock. */
export function isAllDay(range: { opens: string; closes: string }): boolean {
  return range.opens === "00:00" && range.closes === "24:00";
}

/**
 * A wall-clock time ("09:00", "24:00") in the reader's convention: "09:00" in German,
 * "9:00 AM" in English. "24:00" (end of day) stays "24:00" where the 24-hour clock is usual.
 */
export function formatClockTime(time: string, locale: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return time;
  const hours = Number(match[1]);
  const date = new Date(Date.UTC(2000, 0, 1, hours % 24, Number(match[2])));
  const twelveHour = new Intl.DateTimeFormat(locale, { hour: "numeric" }).resolvedOptions().hour12 === true;
  // "09:00" on 24-hour clocks, "9:00 AM" on 12-hour ones, as each is usually printed.
  const options: Intl.DateTimeFormatOptions = { hour: twelveHour ? "numeric" : "2-digit", minute: "2-digit", timeZone: "UTC" };
  if (hours === 24 && !twelveHour) return new Intl.DateTimeFormat(locale, { ...options, hourCycle: "h24" }).format(date);
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/**
 * An instant's time on Berlin's clock in the reader's convention ("09:05" in German,
 * "9:05 ص" in Arabic), as ICU's {time, time, short} with time zone Europe/Berlin writes it.
 */
export function formatBerlinClock(at: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "numeric", timeZone: "Europe/Berlin" }).format(at);
}

/** The slot a time goes into in a message like "Stand: {time} Uhr" (OfferPage.statusAsOf). */
export const TIME_SLOT = "{time}";

/**
 * A message with one time slot, split around it: "Stand: {time} Uhr" → ["Stand: ", " Uhr"].
 * A message without the slot (a translation that lost it) keeps the time after it.
 */
export function splitAtTimeSlot(message: string): [before: string, after: string] {
  const index = message.indexOf(TIME_SLOT);
  if (index === -1) return [`${message} `, ""];
  return [message.slice(0, index), message.slice(index + TIME_SLOT.length)];
}
