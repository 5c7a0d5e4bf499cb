// An asset's automation condition and the daemon's recent evaluations: what it requested and why, or why it waited.
import Link from "next/link";
import type { AssetNodeDetail } from "../assets/useAssetNode";
import { runPageHref, shortRunId } from "../runs/runLinks";
import { Badge } from "../ui/Badge";
import { RelativeTime } from "../ui/RelativeTime";

export function AutomationEvaluations({
  condition,
  evaluations,
}: {
  condition: NonNullable<AssetNodeDetail["automationCondition"]>;
  evaluations: AssetNodeDetail["automationEvaluations"];
}) {
  return (
    <div className="space-y-3 text-[13px]">
      <p className="text-neutral-700">{condition.label}</p>
      {evaluations.length === 0 ? (
        <p className="text-neutral-500">Not evaluated yet: the daemon looks every few seconds.</p>
      ) : (
        <ol aria-label="Automation evaluations" className="space-y-2">
          {evaluations.map((evaluation) => (
            <li key={evaluation.id} className="rounded-md bg-neutral-50 px-2.5 py-2 ring-1 ring-neutral-200 ring-inset">
              <div className="flex items-center gap-2">
                {evaluation.requested ? (
                  <Badge tone={evaluation.error ? "red" : "accent"}>
                    {evaluation.error ? "Launch failed" : "Requested"}
                  </Badge>
                ) : (
                  <Badge>Waiting</Badge>
                )}
                {evaluation.runId && (
                  <Link
                    href={runPageHref(evaluation.runId)}
                    className="font-mono text-xs text-accent-700 hover:underline"
                  >
                    run {shortRunId(evaluation.runId)}
                  </Link>
                )}
                {evaluation.partitionKey && (
                  <span className="font-mono text-xs text-neutral-500">{evaluation.partitionKey}</span>
                )}
                <RelativeTime timestamp={evaluation.evaluatedAt} className="ml-auto text-xs text-neutral-500" />
              </div>
              <ul className="mt-1 text-neutral-700">
                {evaluation.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
                {evaluation.error && <li className="text-red-700">{evaluation.error}</li>}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
