import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("Layout");
  const tOpenData = await getTranslations("OpenData");
  return (
    <footer className="mt-12 border-t-2 border-line bg-paper">
      <div className="mx-auto w-full max-w-5xl px-4 py-6 text-muted">
        <p>{t("footerNote")}</p>
        <nav aria-label={t("footerNav")} className="mt-3">
          <Link href="/open-data" className="inline-flex min-h-11 items-center text-ink underline underline-offset-4">
            {tOpenData("footerLink")}
          </Link>
        </nav>
      </div>
    </footer>
  );
}
