import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/routing";

type Props = { slug: string; locale: Locale; children?: ReactNode };

// Things a reader does with the offer (save the contact, put it on the referral sheet);
// none of them belongs on paper. Further actions come in as children.
export async function OfferActions({ slug, locale, children }: Props) {
  const t = await getTranslations("OfferPage");
  return (
    <div className="no-print mt-4 flex flex-wrap items-start gap-x-4 gap-y-2">
      {/* A plain link, not next-intl's Link: it is a file download, nothing to prefetch or route client-side. */}
      <a
        href={`/${locale}/angebote/${encodeURIComponent(slug)}/kontakt.vcf`}
        download
        className="mt-3 inline-flex min-h-11 items-center rounded border-2 border-brand bg-paper px-4 font-bold text-brand no-underline hover:bg-accent"
      >
        {t("downloadVcard")}
      </a>
      {children}
    </div>
  );
}
