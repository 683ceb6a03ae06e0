import { getFormatter, getTranslations } from "next-intl/server";
import { Fragment } from "react";
import type { HoursException, WeeklyHours } from "@/lib/directory/opening-hours";
import { formatClockTime, formatDaySpans, groupWeeklyHours, isAllDay } from "@/lib/directory/opening-hours";
import { localeInfo } from "@/lib/i18n/locale-info";
import type { Locale } from "@/lib/i18n/routing";

type Props = {
  hours: WeeklyHours[];
  /** Exceptions from today on. */
  exceptions: HoursException[];
  /** null: hours unknown, so no badge at all rather than a guess. */
  openNow: boolean | null;
  checkedAt: Date;
  locale: Locale;
  contentLang?: string;
};

function OpenBadge({ open, label, asOf }: { open: boolean; label: string; asOf: string }) {
  const colours = open ? "border-[#14532d] bg-[#e6f4ea] text-[#14532d]" : "border-[#7f1d1d] bg-[#fdecec] text-[#7f1d1d]";
  return (
    <p className="mt-3 print:hidden">
      <span className={`inline-block rounded border-2 px-3 py-1 font-bold ${colours}`}>{label}</span>{" "}
      <span className="text-muted">{asOf}</span>
    </p>
  );
}

// Calendar dates are formatted in UTC so that no time zone can move them to the day before.
function formatCalendarDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(localeInfo[locale].intl, { dateStyle: "full", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}

export async function OfferHours({ hours, exceptions, openNow, checkedAt, locale, contentLang }: Props) {
  const t = await getTranslations("Offer");
  const tp = await getTranslations("OfferPage");
  const tw = await getTranslations("Weekday");
  const tc = await getTranslations("Content");
  const format = await getFormatter();
  const dayName = (weekday: number) => tw(String(weekday) as "1");
  const intl = localeInfo[locale].intl;
  const hoursText = (opens: string, closes: string) =>
    isAllDay({ opens, closes })
      ? tc("hoursAllDay")
      : tw("hours", { opens: formatClockTime(opens, intl), closes: formatClockTime(closes, intl) });
  const rows = groupWeeklyHours(hours);
  return (
    <section aria-labelledby="hours-heading" className="mt-8 print:mt-4">
      <h2 id="hours-heading" className="text-2xl print:text-lg">
        {t("openingHours")}
      </h2>
      {openNow !== null ? (
        <OpenBadge open={openNow} label={openNow ? tp("openNow") : tp("closedNow")} asOf={tp("statusAsOf", { time: checkedAt })} />
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
