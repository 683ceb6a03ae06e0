import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { ReactNode } from "react";
import { textSizes } from "@/lib/reading-help/schema";

const buttonClass =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded border-2 border-brand bg-paper px-3 text-brand " +
  "hover:bg-accent aria-pressed:bg-brand aria-pressed:text-white";

type OptionProps = { option: string; name: string; pressedValue: string; unpressedValue: string; children: ReactNode };

// Each option twice, pressed and not: the page is cached for everybody, and the
// reader's stylesheet (lib/reading-help/css.ts) shows the variant that is true for them.
function ReadingOption({ option, name, pressedValue, unpressedValue, children }: OptionProps) {
  return (
    <>
      <button type="submit" name={name} value={unpressedValue} aria-pressed="false" data-reading-option={option} className={buttonClass}>
        {children}
      </button>
      <button type="submit" name={name} value={pressedValue} aria-pressed="true" data-reading-option={option} className={buttonClass}>
        {children}
      </button>
    </>
  );
}

// Plain submit buttons posting to a route handler: the setting works without
// JavaScript and is kept in a cookie from then on.
export async function ReadingHelp({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "ReadingHelp" });
  return (
    <section aria-label={t("label")}>
      <form method="post" action={`/${locale}/lesehilfe`} className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <div role="group" aria-labelledby="reading-help-size" className="flex flex-wrap items-center gap-2">
          <span id="reading-help-size" className="font-bold">
            {t("textSize")}
          </span>
          {textSizes.map((size) => (
            <ReadingOption key={size} option={`size-${size}`} name="groesse" pressedValue={size} unpressedValue={size}>
              {t(size)}
            </ReadingOption>
          ))}
        </div>
        <ReadingOption option="contrast-hoch" name="kontrast" pressedValue="normal" unpressedValue="hoch">
          {t("contrast")}
        </ReadingOption>
      </form>
    </section>
  );
}
