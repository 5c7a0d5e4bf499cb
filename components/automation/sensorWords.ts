// How sensors read in the console: their kind and their interval in words.
import type { SensorType } from "../../graphql/client/generated/graphql";

export const sensorTypeLabel: Record<SensorType, string> = {
  CUSTOM: "Custom sensor",
  ASSET: "Asset sensor",
  RUN_STATUS: "Run status sensor",
};

/** "Every 15 seconds", "Every minute", "Every 2 hours". */
export function formatInterval(seconds: number): string {
  const every = (count: number, unit: string) => (count === 1 ? `Every ${unit}` : `Every ${count} ${unit}s`);
  if (seconds >= 3600 && seconds % 3600 === 0) return every(seconds / 3600, "hour");
  if (seconds >= 60 && seconds % 60 === 0) return every(seconds / 60, "minute");
  return every(seconds, "second");
}
