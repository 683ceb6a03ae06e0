import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("Layout");
  return (
    <footer className="mt-12 border-t-2 border-line bg-paper">
      <div className="mx-auto w-full max-w-5xl px-4 py-6 text-muted">
        <p>{t("footerNote")}</p>
      </div>
    </footer>
  );
}
