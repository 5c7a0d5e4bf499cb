"use client";
// One API token: its role, who created it and when, when it expires and was last used, and Revoke (confirmed first).
import { useState } from "react";
import { Badge } from "../ui/Badge";
import { Button } from "../ui/Button";
import { cx } from "../ui/cx";
import { formatAbsoluteTime } from "../ui/formatTime";
import { RelativeTime } from "../ui/RelativeTime";
import { useNow } from "../ui/useNow";
import { problemOf } from "./adminProblem";
import { ConfirmDialog } from "./ConfirmDialog";
import { RoleBadge } from "./RoleBadge";
import { formatExpiry, tokenStatus } from "./tokenStatus";
import type { ApiToken } from "./useApiTokens";
import { useRevokeApiToken } from "./useApiTokens";

const muted = <span className="text-neutral-500">—</span>;

export function TokenRow({ token }: { token: ApiToken }) {
  const now = useNow();
  const revoke = useRevokeApiToken();
  const [confirming, setConfirming] = useState(false);
  const status = tokenStatus(token, now);
  const problem = problemOf(revoke.data, revoke.error, "ApiToken");

  return (
    <tr
      className={cx(
        "border-b border-neutral-100 align-middle last:border-b-0",
        status !== "LIVE" && "bg-neutral-50/70",
      )}
    >
      <td
        className={cx(
          "px-4 py-2.5 font-mono text-[12.5px] font-medium",
          status === "LIVE" ? "text-neutral-900" : "text-neutral-500",
        )}
      >
        {token.name}
      </td>
      <td className="px-3 py-2.5">
        <RoleBadge role={token.role} />
      </td>
      <td className="truncate px-3 py-2.5 text-neutral-700" title={token.createdBy}>
        {token.createdBy}
      </td>
      <td className="px-3 py-2.5 whitespace-nowrap text-neutral-600">
        <RelativeTime timestamp={token.createdAt} />
      </td>
      <td className="px-3 py-2.5 whitespace-nowrap text-neutral-600">
        {token.expiresAt ? (
          <span title={formatAbsoluteTime(token.expiresAt)}>{formatExpiry(token.expiresAt, now)}</span>
        ) : (
          <span className="text-neutral-500">Never</span>
        )}
      </td>
      <td className="px-3 py-2.5 whitespace-nowrap text-neutral-600">
        {token.lastUsedAt ? (
          <RelativeTime timestamp={token.lastUsedAt} />
        ) : (
          <span className="text-neutral-500">Never</span>
        )}
      </td>
      <td className="px-3 py-2.5">
        {status === "REVOKED" ? (
          <Badge tone="red" title={token.revokedAt ? `Revoked ${formatAbsoluteTime(token.revokedAt)}` : undefined}>
            Revoked
          </Badge>
        ) : status === "EXPIRED" ? (
          <Badge tone="amber">Expired</Badge>
        ) : (
          <Badge tone="green">Live</Badge>
        )}
      </td>
      <td className="px-4 py-2.5 text-right whitespace-nowrap">
        {status === "REVOKED" ? (
          muted
        ) : (
          <Button
            className="h-7 px-2.5 text-xs text-red-700"
            onClick={() => setConfirming(true)}
            aria-label={`Revoke ${token.name}`}
          >
            Revoke
          </Button>
        )}
        {confirming && (
          <ConfirmDialog
            title={`Revoke ${token.name}?`}
            confirmLabel="Revoke token"
            busy={revoke.isPending}
            problem={problem?.message ?? null}
            onClose={() => {
              setConfirming(false);
              revoke.reset();
            }}
            onConfirm={() =>
              revoke.mutate(token.name, {
                onSuccess: (result) => result.__typename === "ApiToken" && setConfirming(false),
              })
            }
          >
            <p>
              Anything using <code className="font-mono text-neutral-900">{token.name}</code> is refused from its next
              call. This cannot be undone: create a new token to give access again.
            </p>
          </ConfirmDialog>
        )}
      </td>
    </tr>
  );
}
