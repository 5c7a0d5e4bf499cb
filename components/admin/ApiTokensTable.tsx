// The API tokens table: live tokens first as the API lists them, revoked and expired ones greyed.

import { tableHeadClass } from "../ui/table";
import { TokenRow } from "./TokenRow";
import type { ApiToken } from "./useApiTokens";

export function ApiTokensTable({ tokens }: { tokens: readonly ApiToken[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-neutral-200 bg-white shadow-xs">
      <table aria-label="API tokens" className="w-full min-w-[960px] text-left text-[13px]">
        <thead className={tableHeadClass}>
          <tr>
            <th scope="col" className="px-4 py-2.5">
              Name
            </th>
            <th scope="col" className="w-28 px-3 py-2.5">
              Role
            </th>
            <th scope="col" className="w-52 px-3 py-2.5">
              Created by
            </th>
            <th scope="col" className="w-28 px-3 py-2.5">
              Created
            </th>
            <th scope="col" className="w-32 px-3 py-2.5">
              Expires
            </th>
            <th scope="col" className="w-28 px-3 py-2.5">
              Last used
            </th>
            <th scope="col" className="w-24 px-3 py-2.5">
              Status
            </th>
            <th scope="col" className="w-28 px-4 py-2.5">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <TokenRow key={token.id} token={token} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
