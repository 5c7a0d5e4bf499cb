"use client";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { EmptyState } from "../ui/EmptyState";
import { ErrorState } from "../ui/ErrorState";
import { TableSkeleton } from "../ui/Skeleton";
import { AdminFrame } from "./AdminFrame";
import { ApiTokensTable } from "./ApiTokensTable";
import { KeyIcon } from "./adminIcons";
import { CreateTokenForm } from "./CreateTokenForm";
// The API tokens page (/admin/tokens): create a token (its secret shown once), see every token, revoke one.
import { useApiTokens } from "./useApiTokens";

export function ApiTokensPage() {
  return (
    <AdminFrame
      section="tokens"
      title="API tokens"
      subtitle="Tokens for the command line, scripts and the GraphQL API, each holding one role"
    >
      <div className="space-y-5">
        <CreateTokenForm />
        <TokensList />
      </div>
    </AdminFrame>
  );
}

function TokensList() {
  const tokens = useApiTokens();
  if (tokens.isPending) return <TableSkeleton rows={3} label="Loading API tokens" />;
  if (tokens.isError)
    return (
      <ErrorState
        title="Could not load API tokens"
        message={errorMessage(tokens.error)}
        onRetry={() => void tokens.refetch()}
      />
    );
  if (tokens.data.__typename === "UnauthorizedError")
    return <ErrorState title="Not allowed" message={tokens.data.message} />;
  if (tokens.data.tokens.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-neutral-300 bg-white">
        <EmptyState icon={<KeyIcon size={22} />} title="No API tokens yet">
          Create one above for CI or a script. It acts with its role, and the runs it launches and the changes it makes
          are recorded as <code className="font-mono text-neutral-700">token:&lt;name&gt;</code>.
        </EmptyState>
      </div>
    );
  }
  return <ApiTokensTable tokens={tokens.data.tokens} />;
}
