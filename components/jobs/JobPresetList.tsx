// A job's presets: each one's name, description, tags and the run config it starts the launchpad from.

import { RunTags } from "../runs/RunTags";
import { CodeBlock } from "../ui/CodeBlock";
import type { JobPreset } from "./useJobs";

export function JobPresetList({ presets }: { presets: readonly JobPreset[] }) {
  if (presets.length === 0) {
    return (
      <p className="text-[13px] text-neutral-500">
        No presets. Add named run configs with the job&apos;s <code>presets</code> option to launch common variants in
        one click.
      </p>
    );
  }
  return (
    <div className="flex flex-col divide-y divide-neutral-100">
      {presets.map((preset) => (
        <section key={preset.name} aria-label={`Preset ${preset.name}`} className="py-3 first:pt-0 last:pb-0">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <h3 className="font-mono text-[13px] font-semibold text-neutral-900">{preset.name}</h3>
            {preset.tags.length > 0 && <RunTags tags={preset.tags} />}
          </div>
          {preset.description && <p className="mt-0.5 text-[13px] leading-5 text-neutral-600">{preset.description}</p>}
          {preset.runConfigYaml.trim() ? (
            <CodeBlock className="mt-2">{preset.runConfigYaml}</CodeBlock>
          ) : (
            <p className="mt-2 text-xs text-neutral-500">This preset sets no run config.</p>
          )}
        </section>
      ))}
    </div>
  );
}
