import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminOfferTable } from "@/components/admin/offers/admin-offer-table";
import { listOffersForUser } from "@/lib/admin/data";
import { requireUser } from "@/lib/admin/request";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Admin" });
  return { title: t("offers.title") };
}

export default async function AdminOffersPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const offers = await listOffersForUser(user);
  const t = await getTranslations("Admin");
  const te = await getTranslations("AdminEdit");
  return (
    <>
      <h1 className="text-4xl">{t("offers.title")}</h1>
      <p className="mt-4">{t("offers.intro")}</p>
      <p className="mt-4">
        <Link href="/admin/angebote/neu" className="inline-block min-h-11 py-2 font-bold">
          {te("createLink")}
        </Link>
      </p>
      {offers.length === 0 ? <p className="mt-6">{t("offers.empty")}</p> : <AdminOfferTable offers={offers} />}
    </>
  );
}
