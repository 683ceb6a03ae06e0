import { getTranslations } from "next-intl/server";
import { can } from "@/lib/admin/policy";
import type { AdminUserListItem } from "@/lib/admin/types";

type Props = {
  users: AdminUserListItem[];
  locale: string;
  /** Lifts an account's sign-in lock: a plain POST form, it works without JavaScript. */
  unlockAction: (form: FormData) => Promise<void>;
};

export async function AdminUsersTable({ users, locale, unlockAction }: Props) {
  const t = await getTranslations("Admin");
  return (
    <div className="mt-6 overflow-x-auto">
      <table className="w-full border-collapse">
        <thead>
          <tr>
            {(["email", "name", "role", "scope", "state"] as const).map((column) => (
              <th key={column} scope="col" className="border-b-2 border-ink p-2 text-start">
                {t(`users.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row" className="break-all border-b border-line p-2 text-start font-normal">
                {user.email}
              </th>
              <td className="border-b border-line p-2">{user.name ?? "–"}</td>
              <td className="border-b border-line p-2">{t(`roles.${user.role}`)}</td>
              <td className="border-b border-line p-2">
                {can(user, "scope.all") ? t("users.allScope") : [...user.cities, ...user.providers].join(", ") || "–"}
              </td>
              <td className="border-b border-line p-2">
                {user.disabled ? t("users.disabled") : user.hasPassword ? t("users.active") : t("users.invited")}
                {user.signInLocked ? (
                  <>
                    <p className="mt-1 font-bold">{t("users.signInLocked")}</p>
                    <form action={unlockAction} className="mt-1">
                      <input type="hidden" name="locale" value={locale} />
                      <input type="hidden" name="userId" value={user.id} />
                      <button
                        type="submit"
                        aria-label={t("users.unlockLabel", { email: user.email })}
                        className="min-h-11 rounded border-2 border-brand px-3 text-start font-bold text-brand"
                      >
                        {t("users.unlock")}
                      </button>
                    </form>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
