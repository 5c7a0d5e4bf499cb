// The Config view of a run page: the run config document the run was launched with, as YAML, and its tags.

import { SECRET_MASK } from "../../lib/core/runConfig/secrets";
import { CodeBlock } from "../ui/CodeBlock";
import { RunTags } from "./RunTags";
import type { RunDetail } from "./useRun";

export function RunConfigView({ run }: { run: Pick<RunDetail, "runConfigYaml" | "tags"> }) {
  const yaml = run.runConfigYaml.trim();
  return (
    <div className="h-full overflow-auto px-4 py-3">
      <section aria-labelledby="run-config-yaml">
        <h3 id="run-config-yaml" className="text-[11px] font-semibold tracking-wide text-neutral-500 uppercase">
          Run config
        </h3>
        {yaml ? (
          // The panel scrolls, so the block shows the whole document rather than a second scroll box.
          <>
            <CodeBlock className="mt-2 max-h-none">{run.runConfigYaml}</CodeBlock>
            {yaml.includes(SECRET_MASK) && (
              // The API never sends secret values; say what the mask means so nobody copies it as a value.
              <p className="mt-2 text-[12px] text-neutral-500">
                Secret values show as {SECRET_MASK}. Relaunching with {SECRET_MASK} keeps the value set in code.
              </p>
            )}
          </>
        ) : (
          <p className="mt-2 text-[13px] text-neutral-500">This run had no run config.</p>
        )}
      </section>
      <section aria-labelledby="run-config-tags" className="mt-5">
        <h3 id="run-config-tags" className="text-[11px] font-semibold tracking-wide text-neutral-500 uppercase">
          Tags
        </h3>
        <div className="mt-2 text-[13px]">
          <RunTags tags={run.tags} />
        </div>
      </section>
    </div>
  );
}
