// Launchpad URLs: open it on a job, on a selection, or prefilled from an earlier run.

export interface LaunchpadTarget {
  job?: string;
  selection?: string;
  fromRun?: string;
}

export function launchpadHref(target: LaunchpadTarget): string {
  const params = new URLSearchParams();
  if (target.job) params.set("job", target.job);
  if (target.selection) params.set("selection", target.selection);
  if (target.fromRun) params.set("fromRun", target.fromRun);
  const query = params.toString();
  return query ? `/launchpad?${query}` : "/launchpad";
}
