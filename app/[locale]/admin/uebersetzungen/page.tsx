import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminTranslationWork } from "@/components/admin/translations/admin-translation-work";
import { requireUser } from "@/lib/admin/request";
import { isTranslationLocale, translationLocales } from "@/lib/admin/translations/data";
import { listTranslationWork } from "@/lib/admin/translations/work-data";
import type { Locale } from "@/lib/i18n/routing";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "AdminTranslations" });
  return { title: t("title") };
}

export default async function AdminTranslationWorkPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const asked = (await searchParams).sprache;
  const chosen = typeof asked === "string" && isTranslationLocale(asked) ? asked : translationLocales[0]!;
  const work = await listTranslationWork(user, chosen);
  if (!work) notFound();
  return <AdminTranslationWork work={work} locale={locale} />;
}
