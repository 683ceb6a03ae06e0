import { getTranslations } from "next-intl/server";

type Props = { sharePath: string; shareUrl: string; clearable: boolean; locale: string };

export async function ReferralShare({ sharePath, shareUrl, clearable, locale }: Props) {
  const t = await getTranslations("Referral");
  return (
    <>
      <section aria-labelledby="share-heading" className="no-print mt-8">
        <h2 id="share-heading" className="text-2xl">
          {t("shareHeading")}
        </h2>
        <p className="mt-2">{t("shareText")}</p>
        <p>
          {/* The visible text is the full address to copy; the href stays relative so it also works on another host name. */}
          <a href={sharePath} dir="ltr" className="inline-block min-h-11 py-2 break-all">
            {shareUrl}
          </a>
        </p>
        <p className="mt-4 max-w-3xl">{t("printHint")}</p>
        {clearable ? (
          <form method="post" action={`/${locale}/merkliste/aendern`} className="mt-4">
            <input type="hidden" name="aktion" value="leeren" />
            <input type="hidden" name="zurueck" value={`/${locale}/merkliste`} />
            <button
              type="submit"
              className="inline-flex min-h-11 items-center rounded border-2 border-brand bg-paper px-4 font-bold text-brand hover:bg-accent"
            >
              {t("clear")}
            </button>
          </form>
        ) : null}
      </section>
      <p className="print-only mt-2 break-all">{t("onlineAt", { url: shareUrl })}</p>
    </>
  );
}
