// Where a refused launch or preview is shown: a bad partition selection under the partitions field, an unknown
// asset or selection under the assets, anything else (config, launch errors) by the launch button.

import { cx } from "../ui/cx";
import { AlertIcon } from "../ui/icons";
import type { LaunchPartitionBackfillFailure } from "./useBackfillMutations";

export type BackfillProblem = LaunchPartitionBackfillFailure;
export type ProblemField = "assets" | "partitions" | "general";

export function problemField(problem: BackfillProblem): ProblemField {
  switch (problem.__typename) {
    case "InvalidPartitionSelectionError":
      return "partitions";
    case "AssetNotFoundError":
    case "InvalidSelectionError":
      return "assets";
    default:
      return "general";
  }
}

export function FieldProblem({ problem, className }: { problem: BackfillProblem; className?: string }) {
  const details =
    problem.__typename === "RunConfigValidationInvalid"
      ? problem.errors.map((e) => (e.path.length > 0 ? `${e.path.join(".")}: ${e.message}` : e.message))
      : [];
  return (
    <div role="alert" className={cx("flex items-start gap-1.5 text-xs text-red-700", className)}>
      <AlertIcon size={13} className="mt-px shrink-0" />
      <div className="min-w-0">
        <p className="break-words whitespace-pre-wrap">{problem.message}</p>
        {details.length > 0 && (
          <ul className="mt-1 list-disc pl-4 font-mono">
            {details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
