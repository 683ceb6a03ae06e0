"use client";

import { useTranslations } from "next-intl";

// Never shows error.message: a failure must not leak internals to the browser.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("Error");
  return (
    <>
      <h1 className="text-4xl">{t("title")}</h1>
      <p className="mt-4 text-xl">{t("text")}</p>
      <button type="button" onClick={reset} className="mt-4 min-h-11 rounded border-2 border-brand px-4 py-2">
        {t("retry")}
      </button>
    </>
  );
}
