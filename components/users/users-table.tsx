import { getTranslations } from "next-intl/server";
import type { UserDto } from "@/lib/dto/users";
import { UtcTime } from "@/components/audit/utc-time";
import { ResetPasswordForm } from "./reset-password-form";
import { UserRoleForm } from "./user-role-form";

export async function UsersTable({ users, currentUserId }: { users: UserDto[]; currentUserId: string }) {
  const t = await getTranslations("users");
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[44rem] text-left text-sm" data-testid="users-table">
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">{t("user")}</th>
            <th scope="col" className="px-3 py-2">{t("roleAndStatus")}</th>
            <th scope="col" className="px-3 py-2">{t("lastSignIn")} (UTC)</th>
            <th scope="col" className="px-3 py-2">{t("password")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-t border-slate-200 align-top" data-testid={`user-row-${user.email}`}>
              <th scope="row" className="px-3 py-2 font-normal">
                <span className="block font-medium break-words">{user.email}</span>
                <span className="block text-slate-600">
                  {user.name} {user.id === currentUserId && t("you")}
                </span>
                <span className="block text-slate-600" data-testid="user-status">
                  {t(user.active ? "active" : "inactive")}
                </span>
              </th>
              <td className="px-3 py-2">
                <UserRoleForm key={user.id} user={user} />
              </td>
              <td className="px-3 py-2">{user.lastSignInAt ? <UtcTime iso={user.lastSignInAt} seconds={false} /> : t("never")}</td>
              <td className="px-3 py-2">
                <ResetPasswordForm id={user.id} email={user.email} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
