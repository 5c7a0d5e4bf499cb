// The assets with an automation condition: each asset (to its page), its condition in words, and the daemon's latest
// evaluation of it: when, whether it requested a run and why, and the run it launched.
import Link from "next/link";
import { assetPageHref } from "../assets/assetLinks";
import { runPageHref, shortRunId } from "../runs/runLinks";
import { Badge } from "../ui/Badge";
import { DataTable } from "../ui/DataTable";
import { RelativeTime } from "../ui/RelativeTime";
import type { AutomatedAsset } from "./useAutomatedAssets";

export function AutomatedAssetsTable({ assets }: { assets: readonly AutomatedAsset[] }) {
  return (
    <DataTable
      label="Automated assets"
      minWidth="min-w-[1000px]"
      columns={[
        {
          header: "Asset",
          width: "w-64",
          cellClassName: "max-w-0",
          cell: (asset) => (
            <Link
              href={assetPageHref(asset.assetKey.path)}
              className="block truncate font-medium text-accent-700 hover:underline"
            >
              {asset.assetKey.path.join("/")}
            </Link>
          ),
        },
        {
          header: "Condition",
          width: "w-72",
          cell: (asset) => <span className="text-neutral-700">{asset.automationCondition?.label}</span>,
        },
        { header: "Latest evaluation", cell: (asset) => <LatestEvaluation asset={asset} /> },
      ]}
      rows={assets}
      rowKey={(asset) => asset.id}
      density="roomy"
      valign="top"
    />
  );
}

function LatestEvaluation({ asset }: { asset: AutomatedAsset }) {
  const evaluation = asset.automationEvaluations[0];
  if (!evaluation)
    return <span className="text-neutral-500">Not evaluated yet: the daemon looks every few seconds.</span>;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-2">
        {evaluation.requested ? (
          <Badge tone={evaluation.error ? "red" : "accent"}>{evaluation.error ? "Launch failed" : "Requested"}</Badge>
        ) : (
          <Badge>Not requested</Badge>
        )}
        {evaluation.runId && (
          <Link href={runPageHref(evaluation.runId)} className="font-mono text-xs text-accent-700 hover:underline">
            run {shortRunId(evaluation.runId)}
          </Link>
        )}
        {evaluation.partitionKey && (
          <span className="font-mono text-xs text-neutral-500">{evaluation.partitionKey}</span>
        )}
        <RelativeTime timestamp={evaluation.evaluatedAt} className="text-xs text-neutral-500" />
      </div>
      <ul className="text-[13px] text-neutral-700">
        {evaluation.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
        {evaluation.error && <li className="text-red-700">{evaluation.error}</li>}
      </ul>
    </div>
  );
}
