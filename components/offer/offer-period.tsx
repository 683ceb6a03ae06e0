import { getTranslations } from "next-intl/server";
import { formatStatedDate, isPeriodOver, toPrecision } from "@/lib/directory/period";
import type { Locale } from "@/lib/i18n/routing";

type Props = { validFrom: Date | null; validUntil: Date | null; precision: string | null; locale: Locale };

// A past project is shown so people can read what it was, never as help on offer today.
export async function OfferPeriod({ validFrom, validUntil, precision, locale }: Props) {
  const stated = toPrecision(precision);
  if (stated === null || (validFrom === null && validUntil === null)) return null;
  const t = await getTranslations({ locale, namespace: "Offer" });
  const format = (date: Date | null) => (date === null ? "…" : formatStatedDate(date, stated, locale));
  if (isPeriodOver(validUntil)) {
    return (
      <p role="note" className="mt-4 rounded border-2 border-current p-4 text-xl font-bold">
        {t("periodEnded", { until: format(validUntil) })}
      </p>
    );
  }
  return <p className="mt-4 text-xl">{t("period", { from: format(validFrom), until: format(validUntil) })}</p>;
}
