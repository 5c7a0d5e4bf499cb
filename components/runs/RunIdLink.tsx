// A run's short id, linking to its page, with the whole id on hover: how lists name a run.
import Link from "next/link";
import { runPageHref, shortRunId } from "./runLinks";

export function RunIdLink({ runId }: { runId: string }) {
  return (
    <Link
      href={runPageHref(runId)}
      title={runId}
      className="font-mono text-xs font-medium text-accent-700 hover:underline"
    >
      {shortRunId(runId)}
    </Link>
  );
}
