import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { can } from "@/lib/admin/policy";
import type { Role } from "@/lib/admin/types";

type Props = {
  email: string;
  role: Role;
  locale: string;
  signOut: (form: FormData) => Promise<void>;
  signOutEverywhere: (form: FormData) => Promise<void>;
};

export async function AdminNav({ email, role, locale, signOut, signOutEverywhere }: Props) {
  const t = await getTranslations("Admin");
  const tVerification = await getTranslations("AdminVerification");
  const tImport = await getTranslations("AdminImport");
  const tReview = await getTranslations("AdminReview");
  const tMaster = await getTranslations("AdminMasterData");
  const tTranslations = await getTranslations("AdminTranslations");
  const links = [
    { href: "/admin/angebote", label: t("nav.offers") },
    ...(can({ role }, "review.decide") ? [{ href: "/admin/freigaben", label: tReview("navLabel") }] : []),
    { href: "/admin/traeger", label: tMaster("navProviders") },
    ...(can({ role }, "district.edit") ? [{ href: "/admin/bezirke", label: tMaster("navDistricts") }] : []),
    ...(can({ role }, "offer.translate") ? [{ href: "/admin/uebersetzungen", label: tTranslations("navLabel") }] : []),
    { href: "/admin/pruefung", label: tVerification("navLabel") },
    { href: "/admin/import", label: tImport("navLabel") },
    { href: "/admin/protokoll", label: t("nav.audit") },
    ...(can({ role }, "account.manage") ? [{ href: "/admin/benutzer", label: t("nav.users") }] : []),
  ];
  return (
    <div className="mb-8 border-b-2 border-line pb-4">
      <p className="text-muted">{t("nav.signedInAs", { email, role: t(`roles.${role}`) })}</p>
      <div className="mt-2 flex flex-wrap items-center gap-x-6 gap-y-2">
        <nav aria-label={t("nav.label")}>
          <ul className="flex flex-wrap gap-x-6">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="inline-flex min-h-11 items-center font-bold">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <form action={signOut}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="min-h-11 rounded border-2 border-brand px-4 font-bold text-brand">
            {t("nav.signOut")}
          </button>
        </form>
        <form action={signOutEverywhere}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="min-h-11 rounded border-2 border-brand px-4 font-bold text-brand">
            {t("nav.signOutEverywhere")}
          </button>
        </form>
      </div>
    </div>
  );
}
