"use client";
// The on/off switch of a schedule or sensor: a real role="switch" named after it, moving at once when clicked, busy
// until the server answers, and saying so if the server refused.
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import type { InstigatorStatus } from "../../graphql/client/generated/graphql";
import { usePermission } from "../auth/useViewer";
import { refusedControlProps } from "../auth/viewerPermission";
import { cx } from "../ui/cx";
import { type InstigatorKind, useToggleInstigator } from "./useToggleInstigator";

interface Props {
  kind: InstigatorKind;
  codeLocationName: string;
  name: string;
  status: InstigatorStatus;
  /** Show "Running" / "Stopped" beside the switch. */
  showLabel?: boolean;
}

export function InstigatorSwitch({ kind, codeLocationName, name, status, showLabel }: Props) {
  const toggle = useToggleInstigator(kind);
  const { refusal } = usePermission(kind === "schedule" ? "EDIT_SCHEDULES" : "EDIT_SENSORS");
  const on = status === "RUNNING";
  const refused =
    toggle.data && "message" in toggle.data ? toggle.data.message : toggle.isError ? errorMessage(toggle.error) : null;

  return (
    <div className="inline-flex flex-col items-start gap-1">
      <div className="inline-flex items-center gap-2">
        <button
          type="button"
          role="switch"
          aria-checked={on}
          aria-label={name}
          aria-busy={toggle.isPending}
          // Busy until the server answers, so quick clicks cannot cross each other on the way.
          disabled={toggle.isPending}
          title={on ? `Turn ${name} off` : `Turn ${name} on`}
          onClick={() => !refusal && toggle.mutate({ codeLocationName, name, on: !on })}
          {...refusedControlProps(refusal)}
          className={cx(
            "relative inline-flex h-5 w-9 shrink-0 cursor-pointer items-center rounded-full transition-colors disabled:cursor-wait disabled:opacity-80 aria-disabled:cursor-not-allowed aria-disabled:opacity-50",
            on
              ? "bg-accent-600 hover:bg-accent-700 aria-disabled:bg-accent-600"
              : "bg-neutral-300 hover:bg-neutral-400 aria-disabled:bg-neutral-300",
          )}
        >
          <span
            aria-hidden="true"
            className={cx(
              "inline-block size-4 rounded-full bg-white shadow-sm ring-1 ring-black/5 transition-transform",
              on ? "translate-x-[18px]" : "translate-x-0.5",
            )}
          />
        </button>
        {showLabel && (
          <span className={cx("text-[13px] font-medium", on ? "text-accent-700" : "text-neutral-500")}>
            {on ? "Running" : "Stopped"}
          </span>
        )}
      </div>
      {refused && (
        <p role="alert" className="max-w-56 text-[11px] leading-4 text-red-700">
          {refused}
        </p>
      )}
    </div>
  );
}
