"use client";
// The Re-execute button and its menu: all steps, from failure, or only the steps selected in the timeline.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import type { ReexecutionStrategy } from "../../graphql/client/generated/graphql";
import { usePermission } from "../auth/useViewer";
import { refusedControlProps } from "../auth/viewerPermission";
import { Button } from "../ui/Button";
import { cx } from "../ui/cx";
import { ChevronDownIcon, RefreshIcon } from "../ui/icons";
import { LaunchErrorAlert, type LaunchProblem, toLaunchProblem } from "./LaunchErrorAlert";
import { runPageHref } from "./runLinks";
import { isRunInProgress } from "./runStatus";
import { useLaunchRunReexecution } from "./useLaunchRun";
import type { RunDetail } from "./useRun";

export function ReexecuteMenu({ run, selectedSteps }: { run: RunDetail; selectedSteps: ReadonlySet<string> }) {
  const router = useRouter();
  const reexecute = useLaunchRunReexecution();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<LaunchProblem | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLButtonElement>("[role=menuitem]:not([disabled])")?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open]);

  const inProgress = isRunInProgress(run.status);
  const { refusal } = usePermission("LAUNCH_RUNS");
  const failed = run.status === "FAILURE" || run.status === "CANCELED";
  const items: Array<{ strategy: ReexecutionStrategy; label: string; hint: string; disabled: boolean }> = [
    { strategy: "ALL_STEPS", label: "All steps", hint: "Run every step of this run again", disabled: false },
    {
      strategy: "FROM_FAILURE",
      label: "From failure",
      hint: failed
        ? "Re-run failed and not-yet-run steps, reusing successful outputs"
        : "Only for failed or canceled runs",
      disabled: !failed,
    },
    {
      strategy: "SELECTED_STEPS",
      label: selectedSteps.size > 0 ? `Selected steps (${selectedSteps.size})` : "Selected steps",
      hint:
        selectedSteps.size > 0
          ? [...selectedSteps].join(", ")
          : "Select steps in the timeline first (Shift-click for several)",
      disabled: selectedSteps.size === 0,
    },
  ];

  const launch = (strategy: ReexecutionStrategy) => {
    setOpen(false);
    setProblem(null);
    reexecute.mutate(
      { parentRunId: run.runId, strategy, stepKeys: strategy === "SELECTED_STEPS" ? [...selectedSteps] : null },
      {
        onSuccess: (result) => {
          if (result.__typename === "LaunchRunSuccess") router.push(runPageHref(result.run.runId));
          else setProblem(toLaunchProblem(result));
        },
        onError: (error) => setProblem({ title: "Could not re-execute", message: errorMessage(error) }),
      },
    );
  };

  return (
    <div ref={rootRef} className="relative">
      <span title={inProgress ? "Wait for the run to finish to re-execute it" : undefined} className="inline-flex">
        <Button
          aria-haspopup="menu"
          aria-expanded={open}
          disabled={inProgress || reexecute.isPending}
          onClick={() => !refusal && setOpen((o) => !o)}
          {...refusedControlProps(inProgress ? null : refusal)}
        >
          <RefreshIcon size={14} />
          {reexecute.isPending ? "Launching…" : "Re-execute"}
          <ChevronDownIcon size={13} className="-mr-1 text-neutral-500" />
        </Button>
      </span>
      {open && (
        <div
          ref={menuRef}
          role="menu"
          aria-label="Re-execute"
          onKeyDown={(e) => {
            if (e.key === "Escape") setOpen(false);
            if (e.key === "ArrowDown" || e.key === "ArrowUp") {
              e.preventDefault();
              const items = [
                ...(menuRef.current?.querySelectorAll<HTMLButtonElement>("[role=menuitem]:not([disabled])") ?? []),
              ];
              const i = items.indexOf(document.activeElement as HTMLButtonElement);
              items[(i + (e.key === "ArrowDown" ? 1 : items.length - 1)) % items.length]?.focus();
            }
          }}
          className="absolute right-0 z-30 mt-1 w-72 overflow-hidden rounded-md border border-neutral-200 bg-white py-1 shadow-lg"
        >
          {items.map((item) => (
            <button
              key={item.strategy}
              type="button"
              role="menuitem"
              disabled={item.disabled}
              onClick={() => launch(item.strategy)}
              className={cx(
                "block w-full px-3 py-1.5 text-left",
                item.disabled
                  ? "cursor-not-allowed opacity-50"
                  : "hover:bg-neutral-50 focus:bg-neutral-50 focus:outline-none",
              )}
            >
              <span className="block text-[13px] font-medium text-neutral-900">{item.label}</span>
              <span className="block truncate text-xs text-neutral-500">{item.hint}</span>
            </button>
          ))}
        </div>
      )}
      {problem && (
        <LaunchErrorAlert
          problem={problem}
          onDismiss={() => setProblem(null)}
          className="absolute top-full right-0 z-30 mt-1.5"
        />
      )}
    </div>
  );
}
