"use client";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { updateUserAction, type UpdateUserState } from "@/app/[locale]/admin/users/actions";
import { ROLES, type Role } from "@/lib/auth/roles";
import type { UserDto } from "@/lib/dto/users";
import { FailureMessage, SuccessMessage } from "./result-message";
import { Button } from "@/components/ui/button";

const select = "rounded border border-slate-300 px-2 py-1";

/** Role and active state of one user, saved with the version the page was rendered with. */
export function UserRoleForm({ user }: { user: UserDto }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<UpdateUserState, FormData>(updateUserAction, null);
  // Controlled, so that a refused save keeps the admin's choice on screen beside the stored values.
  const [role, setRole] = useState<Role>(user.role);
  const [active, setActive] = useState(user.active);
  // A refused save (other than a conflict, where the admin decides) puts the stored values back on screen:
  // adjusted while rendering the new result (React's pattern for state derived from a changed value).
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    if (state && !state.ok && state.code !== "conflict") {
      setRole(user.role);
      setActive(user.active);
    }
  }
  // Submitted by hand: React's automatic form reset after an action would desync these controlled selects.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  const status = (a: boolean) => t(a ? "users.active" : "users.inactive");
  const conflict = state && !state.ok && state.code === "conflict" ? state.conflict : undefined;
  const theirs = conflict?.current;
  return (
    <form action={action} onSubmit={submit} className="space-y-2" data-testid={`role-form-${user.email}`}>
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <div className="flex flex-wrap items-center gap-2">
        <select
          name="role"
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          aria-label={t("users.roleFor", { email: user.email })}
          className={select}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
        <select
          name="active"
          value={String(active)}
          onChange={(e) => setActive(e.target.value === "true")}
          aria-label={t("users.statusFor", { email: user.email })}
          className={select}
        >
          <option value="true">{t("users.active")}</option>
          <option value="false">{t("users.inactive")}</option>
        </select>
        <Button type="submit" variant="outline" disabled={pending}>
          {pending ? t("users.saving") : t("users.save")}
        </Button>
      </div>
      {state?.ok && <SuccessMessage>{state.changed ? t("users.saved") : t("users.unchanged")}</SuccessMessage>}
      {state && !state.ok && !conflict && <FailureMessage failure={state} />}
      {conflict && (
        <div role="alert" className="space-y-1 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900" data-testid="conflict">
          <p>
            {t("users.conflict", { by: conflict.lastChange.by ?? t("users.someoneElse"), at: conflict.lastChange.at?.slice(0, 16).replace("T", " ") ?? "?" })}
          </p>
          {theirs && <p>{t("users.conflictTheirs", { role: t(`roles.${theirs.role}`), status: status(theirs.active) })}</p>}
          <p>{t("users.conflictYours", { role: t(`roles.${role}`), status: status(active) })}</p>
          {theirs && (
            <Button
              variant="link"
              size="inline"
              onClick={() => {
                setRole(theirs.role);
                setActive(theirs.active);
              }}
            >
              {t("users.keepTheirs")}
            </Button>
          )}
        </div>
      )}
    </form>
  );
}
