"use client";
// The users page (/admin/users): add a user, and for each one change the role, set grants, disable or delete.
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { EmptyState } from "../ui/EmptyState";
import { ErrorState } from "../ui/ErrorState";
import { TableSkeleton } from "../ui/Skeleton";
import { AddUserForm } from "./AddUserForm";
import { AdminFrame } from "./AdminFrame";
import { UsersIcon } from "./adminIcons";
import { UsersTable } from "./UsersTable";
import { useUsers } from "./useUsers";

export function UsersPage() {
  return (
    <AdminFrame
      section="users"
      title="Users"
      subtitle="Who may sign in to this Strata instance, with which role everywhere and which grants on assets"
    >
      <div className="space-y-5">
        <AddUserForm />
        <UsersList />
      </div>
    </AdminFrame>
  );
}

function UsersList() {
  const users = useUsers();
  if (users.isPending) return <TableSkeleton rows={4} label="Loading users" />;
  if (users.isError)
    return (
      <ErrorState
        title="Could not load users"
        message={errorMessage(users.error)}
        onRetry={() => void users.refetch()}
      />
    );
  if (users.data.__typename === "UnauthorizedError")
    return <ErrorState title="Not allowed" message={users.data.message} />;
  if (users.data.users.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-neutral-300 bg-white">
        <EmptyState icon={<UsersIcon size={22} />} title="No users yet">
          Without sign-in, everyone on this machine is the local admin. Add users here (or with{" "}
          <code className="font-mono text-neutral-700">strata users add</code>) and turn sign-in on to give each person
          their own role.
        </EmptyState>
      </div>
    );
  }
  return <UsersTable users={users.data.users} />;
}
