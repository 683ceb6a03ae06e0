import { describe, expect, it } from "vitest";
import { formatStatedDate, isPeriodOver, readStatedDate, toPeriodColumns, toPrecision, toStatedValue } from "./period";

const iso = (d: Date | undefined) => d?.toISOString().slice(0, 10);

describe("readStatedDate", () => {
  it("reads a year, a month or a day as the first or last day it covers", () => {
    expect(iso(readStatedDate("2019", "end")?.date)).toBe("2019-12-31");
    expect(iso(readStatedDate("2016", "start")?.date)).toBe("2016-01-01");
    expect(iso(readStatedDate("2017-08", "end")?.date)).toBe("2017-08-31");
    expect(iso(readStatedDate("2024-02", "end")?.date)).toBe("2024-02-29");
    expect(readStatedDate("2023-06-30", "end")).toEqual({ date: new Date("2023-06-30T00:00:00Z"), precision: "day" });
  });

  it("refuses what is not a date", () => {
    expect(readStatedDate("2023-13", "end")).toBeNull();
    expect(readStatedDate("2023-02-30", "end")).toBeNull();
    expect(readStatedDate("bald", "end")).toBeNull();
  });
});

describe("isPeriodOver", () => {
  it("is over from the day after the last covered day, in Berlin time", () => {
    const lastDay = new Date("2024-12-31T00:00:00Z");
    expect(isPeriodOver(lastDay, new Date("2024-12-31T23:30:00Z"))).toBe(true);
    expect(isPeriodOver(lastDay, new Date("2024-12-31T12:00:00Z"))).toBe(false);
    expect(isPeriodOver(null)).toBe(false);
  });
});

describe("formatStatedDate", () => {
  it("prints only what was stated", () => {
    expect(formatStatedDate(new Date("2017-08-31T00:00:00Z"), "month", "de")).toBe("August 2017");
    expect(formatStatedDate(new Date("2019-12-31T00:00:00Z"), "year", "en")).toBe("2019");
    expect(formatStatedDate(new Date("2023-06-30T00:00:00Z"), "day", "de-x-ls")).toBe("30. Juni 2023");
  });
});

describe("toStatedValue and toPeriodColumns: the staff's form and the stored period", () => {
  it("gives back the period as stated, for every precision", () => {
    for (const [from, until] of [
      ["2014-09", "2017-08"],
      ["2016", "2019"],
      ["2018-07", "2019"],
      ["2018-07-01", "2023-06-30"],
    ] as const) {
      const stored = toPeriodColumns(from, until);
      const precision = toPrecision(stored.periodPrecision);
      expect([toStatedValue(stored.validFrom, "start", precision), toStatedValue(stored.validUntil, "end", precision)]).toEqual([
        from,
        until,
      ]);
    }
  });

  it("stores nothing for an open or unstated period", () => {
    expect(toPeriodColumns(null, null)).toEqual({ validFrom: null, validUntil: null, periodPrecision: null });
    expect(toPeriodColumns("2020", null)).toEqual({
      validFrom: new Date("2020-01-01T00:00:00Z"),
      validUntil: null,
      periodPrecision: "year",
    });
  });
});
