// Automation URLs: a schedule's or sensor's page by code location and name.

export function schedulePageHref(codeLocationName: string, scheduleName: string): string {
  return `/automation/schedules/${encodeURIComponent(codeLocationName)}/${encodeURIComponent(scheduleName)}`;
}

export function sensorPageHref(codeLocationName: string, sensorName: string): string {
  return `/automation/sensors/${encodeURIComponent(codeLocationName)}/${encodeURIComponent(sensorName)}`;
}
