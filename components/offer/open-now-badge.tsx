"use client";

import { useEffect, useState } from "react";
import type { HoursException, WeeklyHours } from "@/lib/directory/opening-hours";
import { formatBerlinClock, isOpenAt, splitAtTimeSlot } from "@/lib/directory/opening-hours";

/**
 * "Open now / closed now" with the time it was checked at, kept true on a cached page.
 *
 * The server renders the badge for the moment it renders the page (placed by
 * components/offer-hours.tsx); that HTML can be served hours later. The first render
 * here is exactly the server's (no hydration mismatch); after hydration the badge is
 * checked again on the browser's clock, then every minute and whenever the tab is shown
 * again. Without JavaScript the server's badge stays, with its own "as of" time: honest,
 * if older.
 *
 * Everything is passed in preformatted or as plain data, so the browser needs neither
 * next-intl's messages nor its formatter: only isOpenAt and Intl.DateTimeFormat.
 * Changes are not announced (no live region): a badge that speaks up every minute
 * would be noise; the text is simply right whenever it is read.
 */
export type OpenNowBadgeProps = {
  /** Weekly hours, as isOpenAt takes them (notes are not needed). */
  hours: WeeklyHours[];
  /** Exceptions from the day before the render on (see exceptionsForOpenNow). */
  exceptions: HoursException[];
  /** Intl locale of the page (localeInfo[locale].intl), for the "as of" time. */
  intlLocale: string;
  /** Translated texts: open and closed, and the "as of" message with the slot "{time}" (no ICU). */
  labels: { open: string; closed: string; asOf: string };
  /**
   * The server's answer at render time: open (null: unknown, no badge), the instant
   * (ISO 8601) and that instant on Berlin's clock as the server formatted it.
   */
  server: { open: boolean | null; at: string; clock: string };
};

type Status = { open: boolean | null; at: string; clock: string };

const CHECK_EVERY_MS = 60_000;

export function OpenNowBadge({ hours, exceptions, intlLocale, labels, server }: OpenNowBadgeProps) {
  const [status, setStatus] = useState<Status>(server);

  useEffect(() => {
    const check = () => {
      const now = new Date();
      const next: Status = { open: isOpenAt(hours, exceptions, now), at: now.toISOString(), clock: formatBerlinClock(now, intlLocale) };
      // Same minute, same answer: nothing to render.
      setStatus((current) => (current.open === next.open && current.clock === next.clock ? current : next));
    };
    // Back in a tab that slept (a closed laptop lid): check at once, not up to a minute later.
    const checkWhenShown = () => {
      if (document.visibilityState === "visible") check();
    };
    check();
    const timer = window.setInterval(check, CHECK_EVERY_MS);
    document.addEventListener("visibilitychange", checkWhenShown);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", checkWhenShown);
    };
  }, [hours, exceptions, intlLocale]);

  if (status.open === null) return null;
  const [before, after] = splitAtTimeSlot(labels.asOf);
  const colours = status.open ? "border-[#14532d] bg-[#e6f4ea] text-[#14532d]" : "border-[#7f1d1d] bg-[#fdecec] text-[#7f1d1d]";
  return (
    <p className="mt-3 print:hidden">
      <span className={`inline-block rounded border-2 px-3 py-1 font-bold ${colours}`}>{status.open ? labels.open : labels.closed}</span>{" "}
      <span className="text-muted">
        {before}
        <time dateTime={status.at}>{status.clock}</time>
        {after}
      </span>
    </p>
  );
}
