import { getTranslations } from "next-intl/server";
import type { ScopeOption } from "@/lib/admin/types";

type Props = {
  /** The export route: a GET form, so the download works without JavaScript. */
  action: string;
  cities: ScopeOption[];
  providers: ScopeOption[];
};

const selectClass = "mt-1 block min-h-11 max-w-full rounded border-2 border-ink bg-paper px-3";
const statuses = ["DRAFT", "PUBLISHED", "ARCHIVED"] as const;

export async function AdminCsvExportForm({ action, cities, providers }: Props) {
  const t = await getTranslations("AdminImport");
  const tAdmin = await getTranslations("Admin");
  const select = (id: string, name: string, label: string, options: { value: string; label: string }[], withAll = true) => (
    <div>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <select id={id} name={name} className={selectClass}>
        {withAll ? <option value="">{t("all")}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" action={action} className="mt-4 flex flex-wrap items-end gap-4">
      {select(
        "export-list",
        "liste",
        t("exportList"),
        (["angebote", "pruefung"] as const).map((list) => ({ value: list, label: t(`lists.${list}`) })),
        false,
      )}
      {select(
        "export-city",
        "stadt",
        t("exportCity"),
        cities.map((c) => ({ value: c.id, label: c.name })),
      )}
      {select(
        "export-provider",
        "traeger",
        t("exportProvider"),
        providers.map((p) => ({ value: p.id, label: p.name })),
      )}
      {select(
        "export-status",
        "status",
        t("exportStatus"),
        statuses.map((s) => ({ value: s, label: tAdmin(`status.${s}`) })),
      )}
      <button type="submit" className="min-h-11 rounded bg-brand px-4 font-bold text-white hover:bg-brand-dark">
        {t("exportSubmit")}
      </button>
    </form>
  );
}
