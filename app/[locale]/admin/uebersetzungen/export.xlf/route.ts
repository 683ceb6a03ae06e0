import { hasLocale } from "next-intl";
import { getCurrentUser } from "@/lib/admin/request";
import { listTranslationExport } from "@/lib/admin/translations/exchange-data";
import { routing } from "@/lib/i18n/routing";
import { buildTranslationXliff } from "@/lib/translation/xliff";

// XLIFF 2.0 download of one language's translations (?sprache=en) for a translation
// agency: every offer the signed-in user may translate. Never cached anywhere.
const noStore = { "cache-control": "no-store", "x-robots-tag": "noindex" };

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404, headers: noStore });
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 303, headers: { ...noStore, location: `/${locale}/admin` } });
  const target = new URL(request.url).searchParams.get("sprache") ?? "";
  const units = await listTranslationExport(user, target);
  if (!units) return new Response("Not found", { status: 404, headers: noStore });
  const name = `uebersetzungen-${target}-${new Date().toISOString().slice(0, 10)}.xlf`;
  return new Response(await buildTranslationXliff(target, units), {
    headers: {
      ...noStore,
      "content-type": "application/xliff+xml; charset=utf-8",
      "content-disposition": `attachment; filename="${name}"`,
    },
  });
}
