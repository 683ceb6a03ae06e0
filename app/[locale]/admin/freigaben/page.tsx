import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminReviewQueue } from "@/components/admin/review/admin-review-queue";
import { can } from "@/lib/admin/policy";
import { requireUser } from "@/lib/admin/request";
import { listPendingRevisions } from "@/lib/admin/review/data";
import { readReviewOutcome } from "@/lib/admin/review/schema";
import type { Locale } from "@/lib/i18n/routing";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "AdminReview" });
  return { title: t("title") };
}

export default async function AdminReviewQueuePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const outcome = readReviewOutcome((await searchParams).ergebnis);
  const items = await listPendingRevisions(user);
  const t = await getTranslations("AdminReview");
  return (
    <>
      <h1 className="text-4xl">{t("title")}</h1>
      <p className="mt-4 max-w-3xl">{can(user, "review.decide") ? t("intro") : t("introProvider")}</p>
      {outcome ? (
        <p
          role="status"
          className={`mt-4 rounded border-4 p-4 font-bold ${outcome === "approved" || outcome === "rejected" ? "border-brand" : "border-red-800"}`}
        >
          {t(`outcomes.${outcome}`)}
        </p>
      ) : null}
      <p className="mt-6" role="status">
        {t("count", { count: items.length })}
      </p>
      {items.length > 0 ? <AdminReviewQueue items={items} /> : null}
    </>
  );
}
