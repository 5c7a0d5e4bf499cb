// The job page header: name and description, where it is defined, what it runs over, its tags, and "Open launchpad".

import { launchpadHref } from "../launchpad/launchpadLinks";
import { RunTags } from "../runs/RunTags";
import { Breadcrumbs } from "../ui/Breadcrumbs";
import { ButtonLink } from "../ui/ButtonLink";
import { Fact } from "../ui/Fact";
import { PlayIcon } from "../ui/icons";
import type { Job } from "./useJobs";

export function JobHeader({ job }: { job: Job }) {
  return (
    <header className="border-b border-neutral-200 bg-white px-6 pt-4 pb-4">
      <Breadcrumbs crumbs={[{ label: "Jobs", href: "/jobs" }, { label: job.name }]} />
      <div className="mt-1.5 flex flex-wrap items-center justify-between gap-4">
        <h1 className="min-w-0 truncate text-xl font-semibold tracking-tight text-neutral-900">{job.name}</h1>
        <div className="flex shrink-0 items-center gap-2">
          <ButtonLink variant="primary" href={launchpadHref({ job: job.name })}>
            <PlayIcon size={14} />
            Open launchpad
          </ButtonLink>
        </div>
      </div>
      {job.description ? (
        <p className="mt-1 max-w-3xl text-[13px] leading-5 whitespace-pre-wrap text-neutral-600">{job.description}</p>
      ) : (
        <p className="mt-1 text-[13px] text-neutral-500 italic">
          No description. Add one with the job&apos;s <code>description</code> option.
        </p>
      )}

      <dl className="mt-3 grid grid-cols-[repeat(auto-fill,minmax(180px,1fr))] gap-x-6 gap-y-2.5 text-[13px]">
        <Fact label="Code location">{job.codeLocationName}</Fact>
        <Fact label="Assets">{job.assetKeys.length}</Fact>
        <Fact label="Partitions">
          {job.partitionsDefinition ? (
            job.partitionsDefinition.description
          ) : (
            <span className="text-neutral-500">Unpartitioned</span>
          )}
        </Fact>
        <Fact label="Presets">{job.presets.length}</Fact>
      </dl>
      <dl className="mt-2.5 space-y-2 text-[13px]">
        <Fact label="Selection" inline>
          <code className="font-mono text-xs break-all text-neutral-800">{job.selection}</code>
        </Fact>
        <Fact label="Tags" inline>
          <RunTags tags={job.tags} />
        </Fact>
      </dl>
    </header>
  );
}
