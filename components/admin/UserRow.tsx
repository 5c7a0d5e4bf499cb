"use client";
// One user in the users table: role (changed in place), grants, how they sign in, when they last did, and
// Disable / Enable and Delete; what the server refused shows under the row.
import { Fragment, useState } from "react";
import { roleLabel } from "../../lib/core/auth/roles";
import { Badge } from "../ui/Badge";
import { Button } from "../ui/Button";
import { cx } from "../ui/cx";
import { RelativeTime } from "../ui/RelativeTime";
import { problemOf } from "./adminProblem";
import { ConfirmDialog } from "./ConfirmDialog";
import { FieldError } from "./FieldError";
import { GrantsDialog } from "./GrantsDialog";
import { RoleSelect } from "./RoleSelect";
import type { User } from "./useUsers";
import { useDeleteUser, useUpdateUser } from "./useUsers";

const COLUMNS = 7;

export function UserRow({ user }: { user: User }) {
  const update = useUpdateUser();
  const remove = useDeleteUser();
  const [editingGrants, setEditingGrants] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const updateProblem = problemOf(update.data, update.error, "User");
  const deleteProblem = problemOf(remove.data, remove.error, "DeleteUserSuccess");

  const closeDelete = () => {
    setConfirmingDelete(false);
    remove.reset();
  };

  return (
    <Fragment>
      <tr
        className={cx(
          "align-middle",
          updateProblem ? "" : "border-b border-neutral-100 last:border-b-0",
          user.disabled && "bg-neutral-50/70",
        )}
      >
        <td className="px-4 py-2.5">
          <div className={cx("font-medium", user.disabled ? "text-neutral-500" : "text-neutral-900")}>{user.email}</div>
          {user.displayName && <div className="text-xs text-neutral-500">{user.displayName}</div>}
        </td>
        <td className="px-3 py-2.5">
          <RoleSelect
            value={user.role}
            label={`Role of ${user.email}`}
            disabled={update.isPending}
            onChange={(role) => update.mutate({ userId: user.id, role })}
            className="h-8 w-28"
          />
        </td>
        <td className="px-3 py-2.5">
          <div className="flex flex-wrap items-center gap-1.5">
            {user.grants.map((grant) => (
              <Badge
                key={grant.selection}
                tone="blue"
                title={`${roleLabel(grant.role)} for the assets ${grant.selection} names`}
              >
                {roleLabel(grant.role)}
                <span className="font-mono font-normal">{grant.selection}</span>
              </Badge>
            ))}
            <Button
              variant="ghost"
              className="h-7 px-2 text-xs"
              onClick={() => setEditingGrants(true)}
              aria-label={`Edit grants of ${user.email}`}
            >
              {user.grants.length === 0 ? "Add grant" : "Edit"}
            </Button>
          </div>
        </td>
        <td className="px-3 py-2.5">
          <div className="flex flex-wrap gap-1">
            {user.hasPassword && <Badge>Password</Badge>}
            {user.signsInWithOidc && <Badge>Single sign-on</Badge>}
            {!user.hasPassword && !user.signsInWithOidc && (
              <span
                className="text-xs text-neutral-500"
                title="No password yet; they can sign in through single sign-on when it is on"
              >
                Not yet
              </span>
            )}
          </div>
        </td>
        <td className="px-3 py-2.5 whitespace-nowrap text-neutral-600">
          {user.lastSignInAt ? (
            <RelativeTime timestamp={user.lastSignInAt} />
          ) : (
            <span className="text-neutral-500">Never</span>
          )}
        </td>
        <td className="px-3 py-2.5">
          {user.disabled ? <Badge tone="red">Disabled</Badge> : <Badge tone="green">Active</Badge>}
        </td>
        <td className="px-4 py-2.5 text-right whitespace-nowrap">
          <div className="inline-flex items-center gap-1.5">
            <Button
              className="h-7 px-2.5 text-xs"
              disabled={update.isPending}
              onClick={() => update.mutate({ userId: user.id, disabled: !user.disabled })}
              aria-label={`${user.disabled ? "Enable" : "Disable"} ${user.email}`}
              title={user.disabled ? "Let them sign in again" : "Stop them signing in and end their sessions"}
            >
              {user.disabled ? "Enable" : "Disable"}
            </Button>
            <Button
              className="h-7 px-2.5 text-xs text-red-700"
              onClick={() => setConfirmingDelete(true)}
              aria-label={`Delete ${user.email}`}
            >
              Delete
            </Button>
          </div>
        </td>
      </tr>
      {updateProblem && (
        <tr className="border-b border-neutral-100 last:border-b-0">
          <td colSpan={COLUMNS} className="px-4 pt-0 pb-2.5">
            <FieldError message={updateProblem.message} className="mt-0" />
          </td>
        </tr>
      )}
      {editingGrants && <GrantsDialog user={user} onClose={() => setEditingGrants(false)} />}
      {confirmingDelete && (
        <ConfirmDialog
          title={`Delete ${user.email}?`}
          confirmLabel="Delete user"
          busy={remove.isPending}
          problem={deleteProblem?.message ?? null}
          onClose={closeDelete}
          onConfirm={() =>
            remove.mutate(user.id, {
              onSuccess: (result) => result.__typename === "DeleteUserSuccess" && setConfirmingDelete(false),
            })
          }
        >
          <p>
            {user.email} can no longer sign in, and their sessions end now. Runs, backfills and audit events keep their
            name. To stop them signing in but keep the account,{" "}
            <strong className="font-medium text-neutral-900">Disable</strong> them instead.
          </p>
        </ConfirmDialog>
      )}
    </Fragment>
  );
}
