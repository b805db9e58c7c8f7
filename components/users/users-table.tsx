import { getTranslations } from "next-intl/server";
import type { UserDto } from "@/lib/dto/users";
import { UtcTime } from "@/components/audit/utc-time";
import { ResetPasswordForm } from "./reset-password-form";
import { UserRoleForm } from "./user-role-form";
import { THead, Table, Td, Th, Tr } from "@/components/ui/table";

export async function UsersTable({ users, currentUserId }: { users: UserDto[]; currentUserId: string }) {
  const t = await getTranslations("users");
  return (
    <Table className="min-w-[44rem]" data-testid="users-table">
      <THead>
        <tr>
          <Th>{t("user")}</Th>
          <Th>{t("roleAndStatus")}</Th>
          <Th>{t("lastSignIn")} (UTC)</Th>
          <Th>{t("password")}</Th>
        </tr>
      </THead>
      <tbody>
        {users.map((user) => (
          <Tr key={user.id} data-testid={`user-row-${user.email}`}>
            <Th scope="row">
              <span className="block font-medium break-words">{user.email}</span>
              <span className="block text-slate-600">
                {user.name} {user.id === currentUserId && t("you")}
              </span>
              <span className="block text-slate-600" data-testid="user-status">
                {t(user.active ? "active" : "inactive")}
              </span>
            </Th>
            <Td>
              <UserRoleForm key={user.id} user={user} />
            </Td>
            <Td>{user.lastSignInAt ? <UtcTime iso={user.lastSignInAt} seconds={false} /> : t("never")}</Td>
            <Td>
              <ResetPasswordForm id={user.id} email={user.email} />
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
