import { hasLocale } from "next-intl";
import { listOffersForExport } from "@/lib/admin/csv/data";
import { serializeOffersCsv } from "@/lib/admin/csv/export";
import { recordOfferExport } from "@/lib/admin/csv/mutations";
import { exportFilterSchema } from "@/lib/admin/csv/schema";
import { getClientIp, getCurrentUser } from "@/lib/admin/request";
import { getBerlinToday } from "@/lib/admin/verification/rules";
import { routing } from "@/lib/i18n/routing";

// CSV download of a filtered admin list (?liste=angebote|pruefung&stadt=&traeger=&status=),
// limited to the signed-in user's scope. Never cached anywhere.
const noStore = { "cache-control": "no-store", "x-robots-tag": "noindex" };

function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { ...noStore, location: path } });
}

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404, headers: noStore });
  const user = await getCurrentUser();
  if (!user) return seeOther(`/${locale}/admin`);

  const query = exportFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const filter = {
    list: query.liste === "pruefung" ? "verification" : "offers",
    cityId: query.stadt,
    providerId: query.traeger,
    status: query.status,
  } as const;
  const today = getBerlinToday(new Date());
  const offers = await listOffersForExport(user, filter, today);
  if (!offers) return seeOther(`/${locale}/admin/import?export=zuviele`);
  await recordOfferExport({ user, ip: await getClientIp() }, filter, offers.length);

  const name = `${query.liste === "pruefung" ? "pruefung" : "angebote"}-${today}.csv`;
  return new Response(serializeOffersCsv(offers), {
    headers: { ...noStore, "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"` },
  });
}
