// Schedule URLs: a schedule's page by code location and name.

export function schedulePageHref(codeLocationName: string, scheduleName: string): string {
  return `/automation/schedules/${encodeURIComponent(codeLocationName)}/${encodeURIComponent(scheduleName)}`;
}
