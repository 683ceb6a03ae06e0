import { formatBerlinClock, shiftDate, toBerlinTime, toIsoWeekday } from "@/lib/directory/opening-hours";
import type { DatabaseClient } from "@/lib/database/client";
import { expect, expireCache, test } from "./fixtures";
import type { SeededOffer } from "./fixtures";

// The offer page can be served from a cache hours after it was rendered, so the
// "open now" badge is checked again in the browser, on the browser's clock. The
// seeded offer is open on Tuesdays from 10:00 to 16:00 (tests/e2e/fixtures.ts).
// Browser times lie a few days ahead, as for a page rendered earlier and read later.

const today = () => toBerlinTime(new Date()).date;

// The first Tuesday at least `days` days from today (Berlin).
function tuesdayFrom(days: number): string {
  let date = shiftDate(today(), days);
  while (toIsoWeekday(date) !== 2) date = shiftDate(date, 1);
  return date;
}

// A wall-clock time in Berlin as an instant, in winter (UTC+1) or summer time (UTC+2).
function berlin(date: string, time: string): Date {
  const [hours, minutes] = time.split(":").map(Number);
  for (const offset of ["+01:00", "+02:00"]) {
    const at = new Date(`${date}T${time}:00${offset}`);
    const wall = toBerlinTime(at);
    if (wall.date === date && wall.minutes === hours! * 60 + minutes!) return at;
  }
  throw new Error(`${date} ${time} is no time in Berlin`);
}

async function offerId(db: DatabaseClient, seeded: SeededOffer) {
  return (await db.offer.findUniqueOrThrow({ where: { slug: seeded.offerSlug }, select: { id: true } })).id;
}

async function closeOn(db: DatabaseClient, seeded: SeededOffer, dates: string[]) {
  const id = await offerId(db, seeded);
  await db.scheduleException.createMany({
    data: dates.map((date) => ({ offerId: id, date: new Date(`${date}T00:00:00Z`), closed: true })),
  });
}

// After a change straight in the database: expire the page and wait until the server's
// HTML (rendered now, on the server's clock) carries the expected badge.
async function expectServerBadge(baseURL: string, seeded: SeededOffer, label: string) {
  await expireCache(baseURL, ["directory", `offer:${seeded.offerSlug}`]);
  await expect(async () => {
    const html = await (await fetch(new URL(`/de/angebote/${seeded.offerSlug}`, baseURL))).text();
    expect(html).toContain(`>${label}</span>`);
  }).toPass({ timeout: 15_000 });
}

test.describe("open-now badge", () => {
  test("shows 'open now' at a browser time inside the hours, though the server rendered 'closed'", async ({
    page,
    db,
    seeded,
    baseURL,
  }) => {
    // Closed today and tomorrow: the server, rendering now, can only say "closed".
    await closeOn(db, seeded, [today(), shiftDate(today(), 1)]);
    await expectServerBadge(baseURL!, seeded, "Jetzt geschlossen");

    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.clock.setFixedTime(berlin(tuesdayFrom(2), "11:00"));
    await page.goto(`/de/angebote/${seeded.offerSlug}`);

    await expect(page.getByText("Jetzt geöffnet", { exact: true })).toBeVisible();
    await expect(page.getByText("Stand: 11:00 Uhr", { exact: true })).toBeVisible();
    await expect(page.getByText("Jetzt geschlossen", { exact: true })).toHaveCount(0);
    // The badge changes quietly: no live region announces it.
    await expect(page.locator("[aria-live], [role=status], [role=alert]").filter({ hasText: /Jetzt/ })).toHaveCount(0);
    // The first render matched the server's HTML (React reports a mismatch as an error).
    await expect.poll(() => errors.filter((text) => /hydrat|#418|#423|#425/i.test(text))).toEqual([]);
  });

  test("shows 'closed now' at a browser time outside the hours, though the server rendered 'open'", async ({
    page,
    db,
    seeded,
    baseURL,
  }) => {
    // Open round the clock, but closed on one day ahead: now, the server says "open".
    const id = await offerId(db, seeded);
    await db.openingHours.deleteMany({ where: { offerId: id } });
    await db.openingHours.createMany({
      data: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ offerId: id, weekday, opens: "00:00", closes: "24:00" })),
    });
    const closure = shiftDate(today(), 3);
    await closeOn(db, seeded, [closure]);
    await expectServerBadge(baseURL!, seeded, "Jetzt geöffnet");

    await page.clock.setFixedTime(berlin(closure, "11:00"));
    await page.goto(`/de/angebote/${seeded.offerSlug}`);

    await expect(page.getByText("Jetzt geschlossen", { exact: true })).toBeVisible();
    await expect(page.getByText("Stand: 11:00 Uhr", { exact: true })).toBeVisible();
    await expect(page.getByText("Jetzt geöffnet", { exact: true })).toHaveCount(0);
  });

  test("shows 'closed now' on a weekday without hours, in English with the browser's time", async ({ page, seeded }) => {
    const wednesday = shiftDate(tuesdayFrom(2), 1);
    await page.clock.setFixedTime(berlin(wednesday, "11:00"));
    await page.goto(`/en/angebote/${seeded.offerSlug}`);

    await expect(page.getByText("Closed now", { exact: true })).toBeVisible();
    await expect(page.getByText("as of 11:00", { exact: true })).toBeVisible();
  });

  test("checks again every minute: closes at 16:00", async ({ page, seeded }) => {
    await page.clock.install({ time: berlin(tuesdayFrom(2), "15:59") });
    await page.goto(`/de/angebote/${seeded.offerSlug}`);
    await expect(page.getByText("Jetzt geöffnet", { exact: true })).toBeVisible();
    await expect(page.getByText("Stand: 15:59 Uhr", { exact: true })).toBeVisible();

    await page.clock.runFor("01:00");
    await expect(page.getByText("Jetzt geschlossen", { exact: true })).toBeVisible();
    await expect(page.getByText("Stand: 16:00 Uhr", { exact: true })).toBeVisible();
  });
});

test.describe("open-now badge without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("keeps the server's badge with the time the server rendered it", async ({ page, db, seeded, baseURL }) => {
    const id = await offerId(db, seeded);
    await db.openingHours.deleteMany({ where: { offerId: id } });
    await db.openingHours.createMany({
      data: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ offerId: id, weekday, opens: "00:00", closes: "24:00" })),
    });
    // A cached page may have been rendered by the check above: the render lies in between.
    const before = Date.now();
    await expectServerBadge(baseURL!, seeded, "Jetzt geöffnet");
    await page.goto(`/de/angebote/${seeded.offerSlug}`);
    const after = Date.now();

    await expect(page.getByText("Jetzt geöffnet", { exact: true })).toBeVisible();
    const minutes = new Set<string>();
    for (let at = before; at < after + 60_000; at += 60_000) minutes.add(formatBerlinClock(new Date(Math.min(at, after)), "de"));
    const asOf = page.getByText(new RegExp(`^Stand: (${[...minutes].join("|")}) Uhr$`));
    await expect(asOf).toBeVisible();
    await expect(asOf.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
});
