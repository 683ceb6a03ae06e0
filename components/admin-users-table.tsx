import { getTranslations } from "next-intl/server";
import type { AdminUserListItem } from "@/lib/admin/types";

export async function AdminUsersTable({ users }: { users: AdminUserListItem[] }) {
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
              <th scope="row" className="break-all border-b border-line p-2 text-start font-normal">{user.email}</th>
              <td className="border-b border-line p-2">{user.name ?? "–"}</td>
              <td className="border-b border-line p-2">{t(`roles.${user.role}`)}</td>
              <td className="border-b border-line p-2">
                {user.role === "ADMIN" ? t("users.allScope") : [...user.cities, ...user.providers].join(", ") || "–"}
              </td>
              <td className="border-b border-line p-2">
                {user.disabled ? t("users.disabled") : user.hasPassword ? t("users.active") : t("users.invited")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
