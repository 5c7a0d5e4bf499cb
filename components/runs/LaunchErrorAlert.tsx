// A launch that the API refused, shown where it was asked for: the message, config errors, and a close button.

import { cx } from "../ui/cx";
import { AlertIcon, CloseIcon } from "../ui/icons";
import type { LaunchRunFailure } from "./useLaunchRun";

export interface LaunchProblem {
  title: string;
  message: string;
  details?: string[];
}

const titles: Record<LaunchRunFailure["__typename"], string> = {
  AssetNotFoundError: "Asset not found",
  JobNotFoundError: "Job not found",
  InvalidSelectionError: "Invalid selection",
  RunConfigValidationInvalid: "Invalid run config",
  LaunchRunError: "Could not launch the run",
  UnauthorizedError: "Not allowed",
  InvalidIdempotencyKeyError: "Could not launch the run",
};

export function toLaunchProblem(result: LaunchRunFailure): LaunchProblem {
  return {
    title: titles[result.__typename] ?? "Could not launch the run",
    message: result.message,
    details:
      result.__typename === "RunConfigValidationInvalid"
        ? result.errors.map((e) => (e.path.length > 0 ? `${e.path.join(".")}: ${e.message}` : e.message))
        : undefined,
  };
}

export function LaunchErrorAlert({
  problem,
  onDismiss,
  className,
}: {
  problem: LaunchProblem;
  onDismiss: () => void;
  className?: string;
}) {
  return (
    <div
      role="alert"
      className={cx(
        "flex w-96 max-w-[90vw] gap-2.5 rounded-md border border-red-200 bg-white p-3 text-left shadow-lg",
        className,
      )}
    >
      <AlertIcon size={16} className="mt-0.5 shrink-0 text-red-600" />
      <div className="min-w-0 flex-1">
        <p className="text-[13px] font-semibold text-red-800">{problem.title}</p>
        <p className="mt-0.5 text-[13px] leading-5 break-words whitespace-pre-wrap text-neutral-700">
          {problem.message}
        </p>
        {problem.details && problem.details.length > 0 && (
          <ul className="mt-1.5 list-disc space-y-0.5 pl-4 font-mono text-xs text-neutral-700">
            {problem.details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        )}
      </div>
      <button
        type="button"
        onClick={onDismiss}
        aria-label="Dismiss"
        className="h-fit shrink-0 rounded p-0.5 text-neutral-400 hover:bg-neutral-100 hover:text-neutral-700"
      >
        <CloseIcon size={14} />
      </button>
    </div>
  );
}
