// The users table: who may sign in, with what role and grants, how and when they last did.
import { type ColumnHead, DataTable } from "../ui/DataTable";
import { UserRow } from "./UserRow";
import type { User } from "./useUsers";

const columns: ColumnHead[] = [
  { header: "User" },
  { header: "Role", width: "w-32" },
  { header: "Grants" },
  { header: "Signs in with", width: "w-44" },
  { header: "Last sign-in", width: "w-28" },
  { header: "Status", width: "w-24" },
  { header: <span className="sr-only">Actions</span>, width: "w-40" },
];

export function UsersTable({ users }: { users: readonly User[] }) {
  return (
    <DataTable
      label="Users"
      minWidth="min-w-[1000px]"
      headDensity="regular"
      columns={columns}
      rows={users}
      rowKey={(user) => user.id}
      renderRow={(user) => <UserRow user={user} />}
    />
  );
}
