import { describe, expect, it } from "vitest";
import { getBerlinToday, getVerificationCutoff, isVerificationDue, toDateValue } from "./rules";

describe("verification rules", () => {
  it("counts today on Berlin's wall clock, not in UTC", () => {
    // 23:30 UTC on 31 Dec is already New Year's Day in Berlin (UTC+1).
    expect(getBerlinToday(new Date("2025-12-31T23:30:00Z"))).toBe("2026-01-01");
    // 22:30 UTC in summer is 00:30 the next day (UTC+2).
    expect(getBerlinToday(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
    expect(getBerlinToday(new Date("2026-06-30T21:30:00Z"))).toBe("2026-06-30");
  });

  it("goes back twelve calendar months, clamping the end of February", () => {
    expect(getVerificationCutoff("2026-05-15")).toBe("2025-05-15");
    expect(getVerificationCutoff("2026-01-31")).toBe("2025-01-31");
    expect(getVerificationCutoff("2025-02-28")).toBe("2024-02-28");
    expect(getVerificationCutoff("2024-02-29")).toBe("2023-02-28");
    expect(getVerificationCutoff("2026-03-31", 1)).toBe("2026-02-28");
    expect(getVerificationCutoff("2026-01-10", 13)).toBe("2024-12-10");
  });

  it("is due when never checked or checked more than twelve months ago", () => {
    const today = "2026-05-15";
    expect(isVerificationDue(null, today)).toBe(true);
    expect(isVerificationDue(toDateValue("2025-05-14"), today)).toBe(true);
    expect(isVerificationDue(toDateValue("2025-05-15"), today)).toBe(false);
    expect(isVerificationDue(toDateValue("2026-05-15"), today)).toBe(false);
  });
});
