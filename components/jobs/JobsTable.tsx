// The jobs table: name and description, what it materializes, its partitions and presets, and "Open launchpad".
import Link from "next/link";
import { launchpadHref } from "../launchpad/launchpadLinks";
import { RunAssetKeys } from "../runs/RunAssetKeys";
import { ButtonLink } from "../ui/ButtonLink";
import { type Column, DataTable } from "../ui/DataTable";
import { PlayIcon } from "../ui/icons";
import { jobPageHref } from "./jobLinks";
import { PresetBadges } from "./PresetBadges";
import type { Job } from "./useJobs";

const columns: Column<Job>[] = [
  {
    header: "Job",
    cellClassName: "max-w-0",
    cell: (job) => (
      <>
        <Link href={jobPageHref(job.name)} className="font-medium text-accent-700 hover:underline">
          {job.name}
        </Link>
        {job.description ? (
          <p className="mt-0.5 line-clamp-2 text-xs leading-5 text-neutral-600" title={job.description}>
            {job.description}
          </p>
        ) : (
          <p className="mt-0.5 text-xs text-neutral-500 italic">No description</p>
        )}
      </>
    ),
  },
  {
    header: "Assets",
    width: "w-72",
    cellClassName: "max-w-0",
    cell: (job) => (
      <>
        <div className="text-xs text-neutral-500">
          {job.assetKeys.length} asset{job.assetKeys.length === 1 ? "" : "s"}
        </div>
        <div className="mt-0.5">
          <RunAssetKeys keys={job.assetKeys} />
        </div>
      </>
    ),
  },
  {
    header: "Partitions",
    width: "w-60",
    cell: (job) =>
      job.partitionsDefinition ? (
        <span className="text-neutral-800">{job.partitionsDefinition.description}</span>
      ) : (
        <span className="text-neutral-500">Unpartitioned</span>
      ),
  },
  { header: "Presets", width: "w-56", cell: (job) => <PresetBadges presets={job.presets} /> },
  {
    header: "Code location",
    width: "w-36",
    cellClassName: "truncate text-neutral-700",
    title: (job) => job.codeLocationName,
    cell: (job) => job.codeLocationName,
  },
  {
    header: <span className="sr-only">Actions</span>,
    width: "w-40",
    align: "right",
    density: "regular",
    cell: (job) => (
      <ButtonLink
        href={launchpadHref({ job: job.name })}
        aria-label={`Open launchpad for ${job.name}`}
        className="whitespace-nowrap"
      >
        <PlayIcon size={13} />
        Open launchpad
      </ButtonLink>
    ),
  },
];

export function JobsTable({ jobs }: { jobs: readonly Job[] }) {
  return (
    <DataTable
      label="Jobs"
      minWidth="min-w-[1100px]"
      columns={columns}
      rows={jobs}
      rowKey={(job) => `${job.codeLocationName}:${job.name}`}
      density="roomy"
      valign="top"
    />
  );
}
