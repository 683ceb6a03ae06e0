import { getFormatter, getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { OpenNowBadge } from "@/components/offer/open-now-badge";
import type { HoursException, WeeklyHours } from "@/lib/directory/opening-hours";
import {
  exceptionsForOpenNow,
  formatBerlinClock,
  formatClockTime,
  formatDaySpans,
  groupWeeklyHours,
  isAllDay,
  isOpenAt,
  listUpcomingExceptions,
  TIME_SLOT,
} from "@/lib/directory/opening-hours";
import { localeInfo } from "@/lib/i18n/locale-info";
import type { Locale } from "@/lib/i18n/routing";

/**
 * The offer's opening hours, its upcoming exceptions and an "open now" badge.
 * A server component; the badge (components/open-now-badge.tsx) is its only client part.
 *
 * Props:
 * - hours: the weekly hours.
 * - exceptions: the offer's exceptions, all of them (offer.exceptions). The list shows
 *   those from renderedAt's day on; the badge also needs the day before (a range past
 *   midnight), and later days, because the browser checks again at its own "now".
 * - renderedAt: the moment the page is rendered (default: now). On a cached page this is
 *   the render, not the request: the badge shows it as "as of" until the browser has
 *   checked again with its own clock, and for good without JavaScript.
 * - locale, contentLang: the page's locale; the lang of untranslated content (notes).
 */
type Props = {
  hours: WeeklyHours[];
  exceptions: HoursException[];
  renderedAt?: Date;
  locale: Locale;
  contentLang?: string;
};

// Calendar dates are formatted in UTC so that no time zone can move them to the day before.
function formatCalendarDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(localeInfo[locale].intl, { dateStyle: "full", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}

export async function OfferHours({ hours, exceptions: allExceptions, renderedAt, locale, contentLang }: Props) {
  const at = renderedAt ?? new Date();
  // The locale is passed, not read from the request: the page may be rendered for a cache.
  const t = await getTranslations({ locale, namespace: "Offer" });
  const tp = await getTranslations({ locale, namespace: "OfferPage" });
  const tw = await getTranslations({ locale, namespace: "Weekday" });
  const tc = await getTranslations({ locale, namespace: "Content" });
  const format = await getFormatter({ locale });
  const dayName = (weekday: number) => tw(String(weekday) as "1");
  const intl = localeInfo[locale].intl;
  const hoursText = (opens: string, closes: string) =>
    isAllDay({ opens, closes })
      ? tc("hoursAllDay")
      : tw("hours", { opens: formatClockTime(opens, intl), closes: formatClockTime(closes, intl) });
  const rows = groupWeeklyHours(hours);
  const exceptions = listUpcomingExceptions(allExceptions, at);
  const badgeExceptions = exceptionsForOpenNow(allExceptions, at).map(({ date, closed, opens, closes }) => ({
    date,
    closed,
    opens,
    closes,
  }));
  // No hours and no exceptions: unknown, so no badge at all rather than a guess.
  const showBadge = hours.length > 0 || badgeExceptions.length > 0;
  return (
    <section aria-labelledby="hours-heading" className="mt-8 print:mt-4">
      <h2 id="hours-heading" className="text-2xl print:text-lg">
        {t("openingHours")}
      </h2>
      {showBadge ? (
        <OpenNowBadge
          hours={hours.map(({ weekday, opens, closes }) => ({ weekday, opens, closes }))}
          exceptions={badgeExceptions}
          intlLocale={intl}
          labels={{ open: tp("openNow"), closed: tp("closedNow"), asOf: tp("statusAsOf", { time: TIME_SLOT }) }}
          server={{ open: isOpenAt(hours, allExceptions, at), at: at.toISOString(), clock: formatBerlinClock(at, intl) }}
        />
      ) : null}
      {rows.length === 0 ? (
        <p className="mt-2">{t("noOpeningHours")}</p>
      ) : (
        <ul className="mt-2">
          {rows.map((row, index) => (
            <li key={index}>
              <span className="font-bold">{formatDaySpans(row.days, dayName, intl)}</span>:{" "}
              {format.list(
                row.ranges.map((range, i) => (
                  <Fragment key={i}>
                    {hoursText(range.opens, range.closes)}
                    {range.note ? <span lang={contentLang}> ({range.note})</span> : null}
                  </Fragment>
                )),
                { type: "conjunction" },
              )}
            </li>
          ))}
        </ul>
      )}
      {exceptions.length > 0 ? (
        <>
          <h3 className="mt-4 text-xl print:text-base">{tp("exceptionsHeading")}</h3>
          <ul className="mt-2">
            {exceptions.map((exception) => (
              <li key={exception.date}>
                <span className="font-bold">{formatCalendarDate(exception.date, locale)}</span>:{" "}
                {exception.closed
                  ? tp("exceptionClosed")
                  : exception.opens && exception.closes
                    ? hoursText(exception.opens, exception.closes)
                    : tp("exceptionUsualHours")}
                {exception.note ? <span lang={contentLang}> ({exception.note})</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
