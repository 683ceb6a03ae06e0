import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("NotFound");
  return (
    <>
      <h1 className="text-4xl">{t("title")}</h1>
      <p className="mt-4 text-xl">{t("text")}</p>
      <p className="mt-4">
        <Link href="/" className="inline-block min-h-11 py-2">
          {t("back")}
        </Link>
      </p>
    </>
  );
}
