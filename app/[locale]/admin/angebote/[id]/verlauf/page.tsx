import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { AdminAuditTable } from "@/components/admin/review/admin-audit-table";
import { AdminHistoryRestore } from "@/components/admin/review/admin-history-restore";
import { getOfferHistory } from "@/lib/admin/history/data";
import { historyActions, restorableSides } from "@/lib/admin/history/rules";
import { can } from "@/lib/admin/policy";
import { requireUser } from "@/lib/admin/request";
import { restoreVersion } from "@/lib/admin/review/actions";
import { readRestoreOutcome } from "@/lib/admin/review/schema";
import { getPathname, Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

type Props = {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Junk in the query (unknown action, page "abc") falls back to the defaults.
const filterSchema = z.object({
  aktion: z.enum(historyActions).optional().catch(undefined),
  seite: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "AdminHistory" });
  return { title: t("title") };
}

export default async function AdminOfferHistoryPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  if (!z.uuid().safeParse(id).success) notFound();
  const query = await searchParams;
  const filter = filterSchema.parse(query);
  const history = await getOfferHistory(user, id, { action: filter.aktion, page: filter.seite });
  if (!history) notFound();
  const outcome = readRestoreOutcome(query.ergebnis);
  const t = await getTranslations("AdminHistory");
  const format = await getFormatter();
  const { offer } = history;
  const pageQuery = (seite: number) => ({ ...(filter.aktion ? { aktion: filter.aktion } : {}), seite: String(seite) });
  const path = `/admin/angebote/${offer.id}/verlauf`;
  return (
    <>
      <p>
        <Link href={`/admin/angebote/${offer.id}`} className="inline-block min-h-11 py-2">
          {t("backToOffer")}
        </Link>
      </p>
      <h1 className="mt-2 text-4xl">
        {t("title")}: <span lang="de">{offer.name}</span>
      </h1>
      <p className="mt-4 max-w-3xl">{can(user, "offer.publish") ? t("intro") : t("introProvider")}</p>
      <p className="mt-2 text-muted">{t("currentVersion", { version: offer.version })}</p>
      {outcome ? (
        <p
          role="status"
          className={`mt-4 rounded border-4 p-4 font-bold ${outcome === "restored" || outcome === "submitted" ? "border-brand" : "border-red-800"}`}
        >
          {t(`outcomes.${outcome}`)}
        </p>
      ) : null}
      <form method="get" action={getPathname({ href: path, locale })} className="mt-6 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="history-action" className="block font-bold">
            {t("filterLabel")}
          </label>
          <select
            id="history-action"
            name="aktion"
            defaultValue={filter.aktion ?? ""}
            className="mt-1 min-h-11 rounded border-2 border-ink bg-paper px-3"
          >
            <option value="">{t("all")}</option>
            {historyActions.map((action) => (
              <option key={action} value={action}>
                {t(`actions.${action.replace(".", "_") as "offer_create"}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded bg-brand px-4 font-bold text-white hover:bg-brand-dark">
          {t("apply")}
        </button>
      </form>
      <p className="mt-6" role="status">
        {t("count", { count: history.total })} · {t("page", { page: history.page, pages: history.pageCount })}
      </p>
      {history.entries.length > 0 ? (
        <AdminAuditTable
          entries={history.entries}
          extra={{
            heading: t("restoreColumn"),
            cell: (entry) => {
              const sides = restorableSides[entry.action] ?? [];
              return sides.length > 0 ? (
                <AdminHistoryRestore
                  entryId={entry.id}
                  offerId={offer.id}
                  version={offer.version}
                  locale={locale}
                  when={format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
                  sides={sides}
                  action={restoreVersion}
                  reviewed={!can(user, "offer.publish")}
                />
              ) : (
                "–"
              );
            },
          }}
        />
      ) : null}
      <nav aria-label={t("pagination")} className="mt-6 flex flex-wrap gap-6">
        {history.page > 1 ? (
          <Link href={{ pathname: path, query: pageQuery(history.page - 1) }} className="inline-flex min-h-11 items-center">
            {t("previous")}
          </Link>
        ) : null}
        {history.page < history.pageCount ? (
          <Link href={{ pathname: path, query: pageQuery(history.page + 1) }} className="inline-flex min-h-11 items-center">
            {t("next")}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
