import { describe, expect, it } from "vitest";
import {
  exceptionsForOpenNow,
  formatBerlinClock,
  formatClockTime,
  isAllDay,
  formatDaySpans,
  formatRanges,
  groupWeeklyHours,
  isOpenAt,
  listUpcomingExceptions,
  shiftDate,
  splitAtTimeSlot,
  TIME_SLOT,
  toBerlinTime,
} from "./opening-hours";
import type { HoursException, WeeklyHours } from "./opening-hours";

const at = (iso: string) => new Date(iso);
const everyDay = (opens: string, closes: string): WeeklyHours[] => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens, closes }));

describe("toBerlinTime", () => {
  it("reads Berlin's wall clock, not UTC", () => {
    // 23:30 UTC on Tuesday is already Wednesday 00:30 in Berlin (CET, UTC+1).
    expect(toBerlinTime(at("2025-01-07T23:30:00Z"))).toEqual({ date: "2025-01-08", weekday: 3, minutes: 30 });
    // In summer Berlin is UTC+2.
    expect(toBerlinTime(at("2025-07-06T22:15:00Z"))).toEqual({ date: "2025-07-07", weekday: 1, minutes: 15 });
  });

  it("shifts dates across month and year ends", () => {
    expect(shiftDate("2025-03-01", -1)).toBe("2025-02-28");
    expect(shiftDate("2024-12-31", 1)).toBe("2025-01-01");
  });
});

describe("isOpenAt: a day range", () => {
  const tuesday: WeeklyHours[] = [{ weekday: 2, opens: "10:00", closes: "16:00" }];

  it("is open from the opening minute up to, not including, the closing minute", () => {
    expect(isOpenAt(tuesday, [], at("2025-01-07T08:59:00Z"))).toBe(false); // 09:59
    expect(isOpenAt(tuesday, [], at("2025-01-07T09:00:00Z"))).toBe(true); // 10:00
    expect(isOpenAt(tuesday, [], at("2025-01-07T14:59:59Z"))).toBe(true); // 15:59:59
    expect(isOpenAt(tuesday, [], at("2025-01-07T15:00:00Z"))).toBe(false); // 16:00
  });

  it("is closed on a day without hours", () => {
    expect(isOpenAt(tuesday, [], at("2025-01-08T10:00:00Z"))).toBe(false); // Wednesday 11:00
  });

  it("uses the summer offset in summer", () => {
    const summerTuesday = at("2025-07-08T08:00:00Z"); // 10:00 CEST
    expect(isOpenAt(tuesday, [], summerTuesday)).toBe(true);
    expect(isOpenAt(tuesday, [], at("2025-07-08T07:59:00Z"))).toBe(false);
    expect(isOpenAt(tuesday, [], at("2025-07-08T14:00:00Z"))).toBe(false); // 16:00 CEST
  });
});

describe("isOpenAt: across midnight", () => {
  const fridayNight: WeeklyHours[] = [{ weekday: 5, opens: "20:00", closes: "02:00" }];

  it("stays open after midnight into the next day", () => {
    expect(isOpenAt(fridayNight, [], at("2025-01-10T18:59:00Z"))).toBe(false); // Fri 19:59
    expect(isOpenAt(fridayNight, [], at("2025-01-10T19:00:00Z"))).toBe(true); // Fri 20:00
    expect(isOpenAt(fridayNight, [], at("2025-01-10T23:30:00Z"))).toBe(true); // Sat 00:30
    expect(isOpenAt(fridayNight, [], at("2025-01-11T00:59:00Z"))).toBe(true); // Sat 01:59
    expect(isOpenAt(fridayNight, [], at("2025-01-11T01:00:00Z"))).toBe(false); // Sat 02:00
  });

  it("does not open the small hours of the day the range starts on", () => {
    expect(isOpenAt(fridayNight, [], at("2025-01-10T00:30:00Z"))).toBe(false); // Fri 01:30, Thursday had no hours
  });

  it("wraps from Sunday into Monday", () => {
    const sunday: WeeklyHours[] = [{ weekday: 7, opens: "22:00", closes: "01:00" }];
    expect(isOpenAt(sunday, [], at("2025-01-12T23:30:00Z"))).toBe(true); // Mon 00:30
    expect(isOpenAt(sunday, [], at("2025-01-13T00:00:00Z"))).toBe(false); // Mon 01:00
  });

  it("treats 24:00 as the end of the day", () => {
    const saturday: WeeklyHours[] = [{ weekday: 6, opens: "18:00", closes: "24:00" }];
    expect(isOpenAt(saturday, [], at("2025-01-11T22:59:00Z"))).toBe(true); // Sat 23:59
    expect(isOpenAt(saturday, [], at("2025-01-11T23:00:00Z"))).toBe(false); // Sun 00:00
  });

  it("treats 00:00–00:00 as the whole day", () => {
    const monday: WeeklyHours[] = [{ weekday: 1, opens: "00:00", closes: "00:00" }];
    expect(isOpenAt(monday, [], at("2025-01-06T12:00:00Z"))).toBe(true);
    expect(isOpenAt(monday, [], at("2025-01-06T22:59:00Z"))).toBe(true); // Mon 23:59
    expect(isOpenAt(monday, [], at("2025-01-06T23:00:00Z"))).toBe(false); // Tue 00:00
  });
});

describe("isOpenAt: daylight saving time", () => {
  // 2025-03-30: clocks jump from 02:00 CET to 03:00 CEST at 01:00 UTC.
  it("follows the jump forward on the last Sunday of March", () => {
    const sunday: WeeklyHours[] = [{ weekday: 7, opens: "01:00", closes: "03:30" }];
    expect(isOpenAt(sunday, [], at("2025-03-30T00:30:00Z"))).toBe(true); // 01:30 CET
    expect(isOpenAt(sunday, [], at("2025-03-30T01:00:00Z"))).toBe(true); // 03:00 CEST
    expect(isOpenAt(sunday, [], at("2025-03-30T01:29:00Z"))).toBe(true); // 03:29 CEST
    expect(isOpenAt(sunday, [], at("2025-03-30T01:30:00Z"))).toBe(false); // 03:30 CEST
  });

  it("never opens a range inside the skipped hour", () => {
    const skipped: WeeklyHours[] = [{ weekday: 7, opens: "02:00", closes: "03:00" }];
    expect(isOpenAt(skipped, [], at("2025-03-30T00:59:00Z"))).toBe(false); // 01:59 CET
    expect(isOpenAt(skipped, [], at("2025-03-30T01:00:00Z"))).toBe(false); // 03:00 CEST
  });

  it("opens a daytime range at the new offset on the day of the change", () => {
    const sunday: WeeklyHours[] = [{ weekday: 7, opens: "09:00", closes: "17:00" }];
    expect(isOpenAt(sunday, [], at("2025-03-30T06:59:00Z"))).toBe(false); // 08:59 CEST
    expect(isOpenAt(sunday, [], at("2025-03-30T07:00:00Z"))).toBe(true); // 09:00 CEST
    expect(isOpenAt(sunday, [], at("2025-03-30T15:00:00Z"))).toBe(false); // 17:00 CEST
  });

  it("keeps a Saturday night range open across the jump", () => {
    const saturdayNight: WeeklyHours[] = [{ weekday: 6, opens: "22:00", closes: "04:00" }];
    expect(isOpenAt(saturdayNight, [], at("2025-03-30T00:59:00Z"))).toBe(true); // 01:59 CET
    expect(isOpenAt(saturdayNight, [], at("2025-03-30T01:30:00Z"))).toBe(true); // 03:30 CEST
    expect(isOpenAt(saturdayNight, [], at("2025-03-30T02:00:00Z"))).toBe(false); // 04:00 CEST
  });

  // 2025-10-26: clocks fall back from 03:00 CEST to 02:00 CET at 01:00 UTC; 02:00–02:59 happens twice.
  it("is open in both occurrences of the repeated hour on the last Sunday of October", () => {
    const repeated: WeeklyHours[] = [{ weekday: 7, opens: "02:00", closes: "03:00" }];
    expect(isOpenAt(repeated, [], at("2025-10-25T23:59:00Z"))).toBe(false); // 01:59 CEST
    expect(isOpenAt(repeated, [], at("2025-10-26T00:00:00Z"))).toBe(true); // 02:00 CEST
    expect(isOpenAt(repeated, [], at("2025-10-26T00:59:00Z"))).toBe(true); // 02:59 CEST
    expect(isOpenAt(repeated, [], at("2025-10-26T01:00:00Z"))).toBe(true); // 02:00 CET, again
    expect(isOpenAt(repeated, [], at("2025-10-26T02:00:00Z"))).toBe(false); // 03:00 CET
  });

  it("opens a daytime range at the winter offset on the day of the change", () => {
    const weekend: WeeklyHours[] = [
      { weekday: 6, opens: "09:00", closes: "17:00" },
      { weekday: 7, opens: "09:00", closes: "17:00" },
    ];
    expect(isOpenAt(weekend, [], at("2025-10-25T07:00:00Z"))).toBe(true); // Sat 09:00 CEST
    expect(isOpenAt(weekend, [], at("2025-10-26T07:00:00Z"))).toBe(false); // Sun 08:00 CET
    expect(isOpenAt(weekend, [], at("2025-10-26T08:00:00Z"))).toBe(true); // Sun 09:00 CET
  });

  it("keeps an all-day schedule open through both changes", () => {
    const always = everyDay("00:00", "24:00");
    for (const iso of ["2025-03-30T00:59:00Z", "2025-03-30T01:00:00Z", "2025-10-26T00:30:00Z", "2025-10-26T01:30:00Z"]) {
      expect(isOpenAt(always, [], at(iso)), iso).toBe(true);
    }
  });
});

describe("isOpenAt: exceptions", () => {
  const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "09:00", closes: "17:00" }));
  const closedOn = (date: string, note: string | null = null): HoursException => ({ date, closed: true, opens: null, closes: null, note });

  it("closes on a closure day", () => {
    expect(isOpenAt(weekdays, [], at("2025-12-24T10:00:00Z"))).toBe(true);
    expect(isOpenAt(weekdays, [closedOn("2025-12-24", "Heiligabend")], at("2025-12-24T10:00:00Z"))).toBe(false);
    expect(isOpenAt(weekdays, [closedOn("2025-12-24")], at("2025-12-23T10:00:00Z"))).toBe(true);
  });

  it("uses special hours instead of the weekly hours", () => {
    const shortDay: HoursException = { date: "2025-12-23", closed: false, opens: "09:00", closes: "12:00", note: null };
    expect(isOpenAt(weekdays, [shortDay], at("2025-12-23T10:00:00Z"))).toBe(true); // 11:00
    expect(isOpenAt(weekdays, [shortDay], at("2025-12-23T12:00:00Z"))).toBe(false); // 13:00
  });

  it("opens on a day the weekly hours leave closed", () => {
    const sundayEvent: HoursException = { date: "2025-12-07", closed: false, opens: "14:00", closes: "18:00", note: "Adventscafé" };
    expect(isOpenAt(weekdays, [sundayEvent], at("2025-12-07T14:00:00Z"))).toBe(true); // Sun 15:00
  });

  it("keeps the weekly hours when an exception only carries a note", () => {
    const noteOnly: HoursException = { date: "2025-12-22", closed: false, opens: null, closes: null, note: "Weihnachtsfeier" };
    expect(isOpenAt(weekdays, [noteOnly], at("2025-12-22T10:00:00Z"))).toBe(true);
  });

  it("does not cut short the evening before a closure day", () => {
    const fridayNight: WeeklyHours[] = [{ weekday: 5, opens: "20:00", closes: "02:00" }];
    expect(isOpenAt(fridayNight, [closedOn("2025-01-11")], at("2025-01-11T00:30:00Z"))).toBe(true); // Sat 01:30
    expect(isOpenAt(fridayNight, [closedOn("2025-01-10")], at("2025-01-11T00:30:00Z"))).toBe(false);
  });

  it("lets special hours run past midnight", () => {
    const lateNight: HoursException = { date: "2025-12-31", closed: false, opens: "19:00", closes: "01:00", note: "Silvester" };
    expect(isOpenAt(weekdays, [lateNight], at("2025-12-31T23:30:00Z"))).toBe(true); // 1 Jan 00:30
    expect(isOpenAt(weekdays, [lateNight], at("2026-01-01T00:00:00Z"))).toBe(false); // 1 Jan 01:00
  });
});

describe("isOpenAt: unknown hours", () => {
  it("answers null, not closed, when no hours are known", () => {
    expect(isOpenAt([], [], at("2025-01-07T10:00:00Z"))).toBeNull();
  });

  it("answers from an exception even when the weekly hours are unknown", () => {
    const closed: HoursException = { date: "2025-01-07", closed: true, opens: null, closes: null };
    expect(isOpenAt([], [closed], at("2025-01-07T10:00:00Z"))).toBe(false);
    expect(isOpenAt([], [closed], at("2025-01-08T10:00:00Z"))).toBeNull();
    const noteOnly: HoursException = { date: "2025-01-07", closed: false, opens: null, closes: null, note: "Info" };
    expect(isOpenAt([], [noteOnly], at("2025-01-07T10:00:00Z"))).toBeNull();
  });

  it("still knows about a special evening that runs into an unknown day", () => {
    const evening: HoursException = { date: "2025-01-07", closed: false, opens: "20:00", closes: "02:00" };
    expect(isOpenAt([], [evening], at("2025-01-08T00:30:00Z"))).toBe(true); // Wed 01:30
    expect(isOpenAt([], [evening], at("2025-01-08T09:00:00Z"))).toBeNull(); // Wed 10:00
  });
});

describe("listUpcomingExceptions", () => {
  it("keeps today and later, earliest first, by Berlin date", () => {
    const exceptions: HoursException[] = [
      { date: "2025-12-31", closed: true, opens: null, closes: null },
      { date: "2025-12-23", closed: true, opens: null, closes: null },
      { date: "2025-12-24", closed: true, opens: null, closes: null },
    ];
    // 23:30 UTC on the 23rd is already the 24th in Berlin.
    expect(listUpcomingExceptions(exceptions, at("2025-12-23T23:30:00Z")).map((e) => e.date)).toEqual(["2025-12-24", "2025-12-31"]);
  });
});

describe("exceptionsForOpenNow", () => {
  it("keeps the day before (a range past midnight) and later, by Berlin date", () => {
    const exceptions: HoursException[] = ["2025-12-21", "2025-12-22", "2025-12-23", "2025-12-24", "2025-12-31"].map((date) => ({
      date,
      closed: true,
      opens: null,
      closes: null,
    }));
    // 23:30 UTC on the 23rd is already the 24th in Berlin: from the 23rd on.
    expect(exceptionsForOpenNow(exceptions, at("2025-12-23T23:30:00Z")).map((e) => e.date)).toEqual([
      "2025-12-23",
      "2025-12-24",
      "2025-12-31",
    ]);
  });

  it("gives the answer all exceptions give, the night after a closure too", () => {
    const evenings: WeeklyHours[] = [{ weekday: 1, opens: "20:00", closes: "02:00" }];
    // Monday 2025-01-06 closed: its evening does not run into Tuesday night.
    const closedMonday: HoursException[] = [
      { date: "2025-01-01", closed: true, opens: null, closes: null },
      { date: "2025-01-06", closed: true, opens: null, closes: null },
    ];
    const tuesdayNight = at("2025-01-07T00:30:00Z"); // Tue 01:30
    expect(isOpenAt(evenings, exceptionsForOpenNow(closedMonday, tuesdayNight), tuesdayNight)).toBe(false);
    expect(isOpenAt(evenings, listUpcomingExceptions(closedMonday, tuesdayNight), tuesdayNight)).toBe(true);
  });
});

describe("formatBerlinClock", () => {
  it("writes the instant on Berlin's clock, in winter and in summer", () => {
    expect(formatBerlinClock(at("2025-01-07T08:05:00Z"), "de")).toBe("09:05");
    expect(formatBerlinClock(at("2025-07-07T08:05:00Z"), "de")).toBe("10:05");
    expect(formatBerlinClock(at("2025-01-07T22:30:00Z"), "en-GB")).toBe("23:30");
  });

  it("follows the reader's clock convention", () => {
    expect(formatBerlinClock(at("2025-01-07T13:30:00Z"), "en-US")).toMatch(/^2:30\sPM$/);
    expect(formatBerlinClock(at("2025-01-07T08:00:00Z"), "ar")).toMatch(/^9:00\s/);
  });
});

describe("splitAtTimeSlot", () => {
  it("splits a message around its time slot", () => {
    expect(TIME_SLOT).toBe("{time}");
    expect(splitAtTimeSlot("Stand: {time} Uhr")).toEqual(["Stand: ", " Uhr"]);
    expect(splitAtTimeSlot("as of {time}")).toEqual(["as of ", ""]);
    expect(splitAtTimeSlot("Saat {time} itibarıyla")).toEqual(["Saat ", " itibarıyla"]);
  });

  it("keeps the time after a message that lost its slot", () => {
    expect(splitAtTimeSlot("Stand:")).toEqual(["Stand: ", ""]);
  });
});

describe("groupWeeklyHours", () => {
  const dayName = (weekday: number) => ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"][weekday - 1]!;

  it("puts days with the same hours into one row", () => {
    const rows = groupWeeklyHours([5, 3, 1, 2, 4].map((weekday) => ({ weekday, opens: "09:00", closes: "12:00" })));
    expect(rows).toEqual([{ days: [{ from: 1, to: 5 }], ranges: [{ opens: "09:00", closes: "12:00", note: null }] }]);
    expect(formatDaySpans(rows[0]!.days, dayName, "de")).toBe("Montag–Freitag");
  });

  it("keeps days with different hours apart and lists scattered days", () => {
    const rows = groupWeeklyHours([
      ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "09:00", closes: "12:00" })),
      { weekday: 4, opens: "14:00", closes: "18:00" },
      { weekday: 2, opens: "14:00", closes: "18:00" },
      { weekday: 6, opens: "10:00", closes: "12:00", note: "Frühstück" },
    ]);
    expect(rows.map((row) => formatDaySpans(row.days, dayName, "de"))).toEqual([
      "Montag, Mittwoch und Freitag",
      "Dienstag und Donnerstag",
      "Samstag",
    ]);
    expect(rows[1]!.ranges.map((r) => `${r.opens}-${r.closes}`)).toEqual(["09:00-12:00", "14:00-18:00"]);
    expect(rows[2]!.ranges[0]!.note).toBe("Frühstück");
  });

  it("lists two neighbouring days and joins runs in English too", () => {
    const rows = groupWeeklyHours([1, 2, 4, 5, 6].map((weekday) => ({ weekday, opens: "09:00", closes: "12:00" })));
    const english = (weekday: number) => ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday - 1]!;
    expect(formatDaySpans(rows[0]!.days, dayName, "de")).toBe("Montag, Dienstag und Donnerstag–Samstag");
    expect(formatDaySpans(rows[0]!.days, english, "en")).toBe("Monday, Tuesday, and Thursday–Saturday");
  });

  it("returns no rows for unknown hours", () => {
    expect(groupWeeklyHours([])).toEqual([]);
  });

  it("formats a row's ranges as plain text", () => {
    const text = formatRanges(
      [
        { opens: "09:00", closes: "12:00", note: null },
        { opens: "14:00", closes: "16:00", note: "Sprechstunde" },
      ],
      (range) => `${range.opens} bis ${range.closes} Uhr`,
      "de",
    );
    expect(text).toBe("09:00 bis 12:00 Uhr und 14:00 bis 16:00 Uhr (Sprechstunde)");
  });
});

describe("formatClockTime", () => {
  it("follows the reader's clock convention", () => {
    expect(formatClockTime("09:05", "de")).toBe("09:05");
    expect(formatClockTime("09:05", "de-x-ls")).toBe("09:05");
    expect(formatClockTime("14:30", "en")).toMatch(/^2:30\sPM$/);
    expect(formatClockTime("09:00", "ar")).toMatch(/^9:00\s/);
    expect(formatClockTime("14:30", "tr")).toBe("14:30");
  });

  it("keeps 24:00 as the end of the day on 24-hour clocks and midnight on 12-hour clocks", () => {
    expect(formatClockTime("24:00", "de")).toBe("24:00");
    expect(formatClockTime("24:00", "en")).toMatch(/^12:00\sAM$/);
  });

  it("leaves anything that is not HH:MM untouched", () => {
    expect(formatClockTime("morgens", "de")).toBe("morgens");
  });
});

describe("isAllDay", () => {
  it("is only the whole day, 00:00 to 24:00", () => {
    expect(isAllDay({ opens: "00:00", closes: "24:00" })).toBe(true);
    expect(isAllDay({ opens: "00:00", closes: "23:59" })).toBe(false);
    expect(isAllDay({ opens: "08:00", closes: "24:00" })).toBe(false);
  });
});
