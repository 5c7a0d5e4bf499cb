// The API tokens table: live tokens first as the API lists them, revoked and expired ones greyed.
import { type ColumnHead, DataTable } from "../ui/DataTable";
import { TokenRow } from "./TokenRow";
import type { ApiToken } from "./useApiTokens";

const columns: ColumnHead[] = [
  { header: "Name" },
  { header: "Role", width: "w-28" },
  { header: "Created by", width: "w-52" },
  { header: "Created", width: "w-28" },
  { header: "Expires", width: "w-32" },
  { header: "Last used", width: "w-28" },
  { header: "Status", width: "w-24" },
  { header: <span className="sr-only">Actions</span>, width: "w-28" },
];

export function ApiTokensTable({ tokens }: { tokens: readonly ApiToken[] }) {
  return (
    <DataTable
      label="API tokens"
      minWidth="min-w-[960px]"
      headDensity="regular"
      columns={columns}
      rows={tokens}
      rowKey={(token) => token.id}
      renderRow={(token) => <TokenRow token={token} />}
    />
  );
}
