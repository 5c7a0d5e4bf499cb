// The users table: who may sign in, with what role and grants, how and when they last did.

import { tableHeadClass } from "../ui/table";
import { UserRow } from "./UserRow";
import type { User } from "./useUsers";

export function UsersTable({ users }: { users: readonly User[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-neutral-200 bg-white shadow-xs">
      <table aria-label="Users" className="w-full min-w-[1000px] text-left text-[13px]">
        <thead className={tableHeadClass}>
          <tr>
            <th scope="col" className="px-4 py-2.5">
              User
            </th>
            <th scope="col" className="w-32 px-3 py-2.5">
              Role
            </th>
            <th scope="col" className="px-3 py-2.5">
              Grants
            </th>
            <th scope="col" className="w-44 px-3 py-2.5">
              Signs in with
            </th>
            <th scope="col" className="w-28 px-3 py-2.5">
              Last sign-in
            </th>
            <th scope="col" className="w-24 px-3 py-2.5">
              Status
            </th>
            <th scope="col" className="w-40 px-4 py-2.5">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <UserRow key={user.id} user={user} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
