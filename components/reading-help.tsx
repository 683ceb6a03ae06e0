import { getLocale, getTranslations } from "next-intl/server";
import { textSizes } from "@/lib/reading-help/schema";
import type { ReadingPreferences } from "@/lib/reading-help/schema";

const buttonClass =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded border-2 border-brand bg-paper px-3 text-brand " +
  "hover:bg-accent aria-pressed:bg-brand aria-pressed:text-white";

// Plain submit buttons posting to a route handler: the setting works without
// JavaScript and is rendered on the server from then on (cookie).
export async function ReadingHelp({ preferences }: { preferences: ReadingPreferences }) {
  const [t, locale] = await Promise.all([getTranslations("ReadingHelp"), getLocale()]);
  const highContrast = preferences.contrast === "hoch";
  return (
    <section aria-label={t("label")} className="no-print border-b-2 border-line bg-paper">
      <form
        method="post"
        action={`/${locale}/lesehilfe`}
        className="mx-auto flex w-full max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2"
      >
        <div role="group" aria-labelledby="reading-help-size" className="flex flex-wrap items-center gap-2">
          <span id="reading-help-size" className="font-bold">
            {t("textSize")}
          </span>
          {textSizes.map((size) => (
            <button
              key={size}
              type="submit"
              name="groesse"
              value={size}
              aria-pressed={preferences.textSize === size}
              className={buttonClass}
            >
              {t(size)}
            </button>
          ))}
        </div>
        <button
          type="submit"
          name="kontrast"
          value={highContrast ? "normal" : "hoch"}
          aria-pressed={highContrast}
          className={buttonClass}
        >
          {t("contrast")}
        </button>
      </form>
    </section>
  );
}
