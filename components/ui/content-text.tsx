import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { describeTexts } from "@/lib/directory/localized-text";
import type { LocalizedText } from "@/lib/directory/types";

type NoticeProps = {
  /** Every content text the section shows. */
  texts: (LocalizedText | null | undefined)[];
  /** The page's locale. */
  locale: string;
  /** "fallback": say only that German is shown, e.g. when each item carries its own review note. */
  only?: "fallback";
  className?: string;
};

/**
 * Once per page section: German is shown where no translation exists, and/or a text is a
 * machine translation nobody has checked yet. German readers never see it.
 */
export async function ContentNotice({ texts, locale, only, className = "mt-2" }: NoticeProps) {
  const state = describeTexts(texts, locale);
  const unreviewed = state.unreviewed && only !== "fallback";
  if (!state.fallback && !unreviewed) return null;
  const t = await getTranslations("Content");
  return (
    <p className={`${className} text-muted`} data-content-notice="">
      {state.fallback ? t(state.onlyGerman ? "onlyGerman" : "fallback") : null}
      {state.fallback && unreviewed ? " " : null}
      {unreviewed ? t("unreviewed") : null}
    </p>
  );
}

/**
 * For t.rich: a German run (a citation, a name) inside a sentence in the reader's
 * language, marked with its language and isolated left-to-right for RTL pages.
 */
export function germanRun(lang: string | undefined) {
  return function GermanRun(chunks: ReactNode) {
    return (
      <span lang={lang} dir="ltr">
        {chunks}
      </span>
    );
  };
}
