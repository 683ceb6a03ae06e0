import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { AdminReviewDecisionForm } from "@/components/admin/review/admin-review-decision-form";
import { AdminRevisionDiff } from "@/components/admin/review/admin-revision-diff";
import { requireUser } from "@/lib/admin/request";
import { decideReview } from "@/lib/admin/review/actions";
import { getRevisionForReview } from "@/lib/admin/review/data";
import { diffOfferValues } from "@/lib/admin/review/diff";
import { readReviewOutcome } from "@/lib/admin/review/schema";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

type Props = {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "AdminReview" });
  return { title: t("reviewTitle") };
}

export default async function AdminReviewPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  if (!z.uuid().safeParse(id).success) notFound();
  const revision = await getRevisionForReview(user, id);
  if (!revision) notFound();
  const query = await searchParams;
  const outcome = readReviewOutcome(query.ergebnis);
  const t = await getTranslations("AdminReview");
  const format = await getFormatter();
  const rows = diffOfferValues(revision.before, revision.after);
  const pending = revision.status === "PENDING";
  return (
    <>
      <p>
        <Link href="/admin/freigaben" className="inline-block min-h-11 py-2">
          {t("backToQueue")}
        </Link>
      </p>
      <h1 className="mt-2 text-4xl">
        {t("reviewTitle")}: <span lang="de">{revision.offerName}</span>
      </h1>
      <p className="mt-2 text-muted">
        {t("meta", {
          city: revision.cityName,
          author: revision.authorEmail ?? t("unknownAuthor"),
          submitted: format.dateTime(revision.createdAt, { dateStyle: "medium", timeStyle: "short" }),
          version: revision.baseVersion,
        })}
      </p>
      <p className="mt-2 font-bold">{t(`status.${revision.status}`)}</p>
      {outcome ? (
        <p role="status" className="mt-4 rounded border-4 border-red-800 p-4 font-bold">
          {t(`outcomes.${outcome}`)}
        </p>
      ) : null}
      {pending && revision.stale ? (
        <div role="alert" className="mt-4 rounded border-4 border-red-800 p-4">
          <h2 className="text-2xl">{t("conflictTitle")}</h2>
          <p className="mt-2">{t("conflictText", { base: revision.baseVersion, current: revision.currentVersion })}</p>
        </div>
      ) : null}
      {pending && revision.ownRevision ? <p className="mt-4 rounded border-4 border-line p-4">{t("ownRevision")}</p> : null}
      {!pending && revision.comment ? (
        <p className="mt-4">
          <span className="font-bold">{t("commentLabel")}:</span> {revision.comment}
        </p>
      ) : null}
      <AdminRevisionDiff rows={rows} showUnchanged={query.alle === "1"} />
      <p className="mt-2">
        <Link
          href={{ pathname: `/admin/freigaben/${revision.id}`, query: query.alle === "1" ? {} : { alle: "1" } }}
          className="inline-block min-h-11 py-2"
        >
          {query.alle === "1" ? t("showChangedOnly") : t("showAll")}
        </Link>
      </p>
      <ul className="mt-2 flex flex-wrap gap-x-6">
        {pending ? (
          <li>
            <Link
              href={{ pathname: `/admin/angebote/${revision.offerId}/vorschau`, query: { aenderung: revision.id } }}
              className="inline-block min-h-11 py-2"
            >
              {t("preview.linkChange")}
            </Link>
          </li>
        ) : null}
        <li>
          <Link href={`/admin/angebote/${revision.offerId}/verlauf`} className="inline-block min-h-11 py-2">
            {t("historyLink")}
          </Link>
        </li>
      </ul>
      {pending && !revision.ownRevision ? (
        <AdminReviewDecisionForm revisionId={revision.id} locale={locale} action={decideReview} canApprove={!revision.stale} />
      ) : null}
    </>
  );
}
