import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminAuditTable } from "@/components/admin/review/admin-audit-table";
import { listAuditEntries } from "@/lib/admin/audit/data";
import { requireUser } from "@/lib/admin/request";
import { auditFilterSchema } from "@/lib/admin/schema";
import { getPathname, Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Admin" });
  return { title: t("audit.title") };
}

export default async function AdminAuditPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  // Junk in the query (unknown type, page "abc") falls back to the defaults.
  const filter = auditFilterSchema.parse(await searchParams);
  const page = await listAuditEntries(user, { entityType: filter.typ, page: filter.seite });
  const t = await getTranslations("Admin.audit");
  const query = (seite: number) => ({ ...(filter.typ ? { typ: filter.typ } : {}), seite: String(seite) });
  return (
    <>
      <h1 className="text-4xl">{t("title")}</h1>
      <p className="mt-4 max-w-3xl">{t("intro")}</p>
      <form method="get" action={getPathname({ href: "/admin/protokoll", locale })} className="mt-6 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="audit-type" className="block font-bold">
            {t("filterLabel")}
          </label>
          <select
            id="audit-type"
            name="typ"
            defaultValue={filter.typ ?? ""}
            className="mt-1 min-h-11 rounded border-2 border-ink bg-paper px-3"
          >
            <option value="">{t("all")}</option>
            {(["offer", "user", "session"] as const).map((type) => (
              <option key={type} value={type}>
                {t(`types.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded bg-brand px-4 font-bold text-white hover:bg-brand-dark">
          {t("apply")}
        </button>
      </form>
      <p className="mt-6" role="status">
        {t("count", { count: page.total })} · {t("page", { page: page.page, pages: page.pageCount })}
      </p>
      {page.entries.length > 0 ? <AdminAuditTable entries={page.entries} /> : null}
      <nav aria-label={t("pagination")} className="mt-6 flex flex-wrap gap-6">
        {page.page > 1 ? (
          <Link href={{ pathname: "/admin/protokoll", query: query(page.page - 1) }} className="inline-flex min-h-11 items-center">
            {t("previous")}
          </Link>
        ) : null}
        {page.page < page.pageCount ? (
          <Link href={{ pathname: "/admin/protokoll", query: query(page.page + 1) }} className="inline-flex min-h-11 items-center">
            {t("next")}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
