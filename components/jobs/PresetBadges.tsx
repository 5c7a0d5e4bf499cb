// A job's presets as small badges, each with its description on hover.

import { Badge } from "../ui/Badge";
import type { JobPreset } from "./useJobs";

export function PresetBadges({ presets }: { presets: readonly JobPreset[] }) {
  if (presets.length === 0) return <span className="text-neutral-500">None</span>;
  return (
    <ul aria-label="Presets" className="flex flex-wrap gap-1">
      {presets.map((preset) => (
        <li key={preset.name}>
          <Badge tone="accent" title={preset.description ?? undefined} className="font-mono">
            {preset.name}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
