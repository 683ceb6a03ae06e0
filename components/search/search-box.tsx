import { getLocale, getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";

type Props = {
  /** Unique per page: the header and the start page both carry a box. */
  id: string;
  variant?: "compact" | "large";
  defaultValue?: string;
};

// A plain GET form: it works without JavaScript and the result URL can be shared.
export async function SearchBox({ id, variant = "compact", defaultValue }: Props) {
  const t = await getTranslations("Search");
  const locale = await getLocale();
  const large = variant === "large";
  return (
    <form
      role="search"
      method="get"
      action={getPathname({ href: "/angebote", locale })}
      aria-labelledby={`${id}-label`}
      className={large ? "mt-4" : ""}
    >
      <label id={`${id}-label`} htmlFor={id} className={large ? "block text-xl font-bold" : "sr-only"}>
        {large ? t("homeLabel") : t("boxLabel")}
      </label>
      <div className={`flex gap-2 ${large ? "mt-2 flex-wrap" : ""}`}>
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={defaultValue}
          autoComplete="off"
          className={`min-h-11 rounded border-2 border-ink bg-paper px-3 ${large ? "w-full max-w-xl text-xl" : "min-w-0 flex-1 sm:max-w-md"}`}
        />
        <button type="submit" className="min-h-11 rounded bg-brand px-4 font-bold text-white hover:bg-brand-dark">
          {t("boxSubmit")}
        </button>
      </div>
    </form>
  );
}
