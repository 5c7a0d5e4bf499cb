// The jobs table: name and description, what it materializes, its partitions and presets, and "Open launchpad".
import Link from "next/link";
import { launchpadHref } from "../launchpad/launchpadLinks";
import { RunAssetKeys } from "../runs/RunAssetKeys";
import { ButtonLink } from "../ui/ButtonLink";
import { PlayIcon } from "../ui/icons";
import { tableHeadClass } from "../ui/table";
import { jobPageHref } from "./jobLinks";
import { PresetBadges } from "./PresetBadges";
import type { Job } from "./useJobs";

export function JobsTable({ jobs }: { jobs: readonly Job[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-neutral-200 bg-white shadow-xs">
      <table aria-label="Jobs" className="w-full min-w-[1100px] text-left text-[13px]">
        <thead className={tableHeadClass}>
          <tr>
            <th scope="col" className="px-4 py-2">
              Job
            </th>
            <th scope="col" className="w-72 px-3 py-2">
              Assets
            </th>
            <th scope="col" className="w-60 px-3 py-2">
              Partitions
            </th>
            <th scope="col" className="w-56 px-3 py-2">
              Presets
            </th>
            <th scope="col" className="w-36 px-3 py-2">
              Code location
            </th>
            <th scope="col" className="w-40 px-4 py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => (
            <tr
              key={`${job.codeLocationName}:${job.name}`}
              className="border-b border-neutral-100 align-top last:border-b-0 hover:bg-neutral-50"
            >
              <td className="max-w-0 px-4 py-3">
                <Link href={jobPageHref(job.name)} className="font-medium text-accent-700 hover:underline">
                  {job.name}
                </Link>
                {job.description ? (
                  <p className="mt-0.5 line-clamp-2 text-xs leading-5 text-neutral-600" title={job.description}>
                    {job.description}
                  </p>
                ) : (
                  <p className="mt-0.5 text-xs text-neutral-400 italic">No description</p>
                )}
              </td>
              <td className="max-w-0 px-3 py-3">
                <div className="text-xs text-neutral-500">
                  {job.assetKeys.length} asset{job.assetKeys.length === 1 ? "" : "s"}
                </div>
                <div className="mt-0.5">
                  <RunAssetKeys keys={job.assetKeys} />
                </div>
              </td>
              <td className="px-3 py-3">
                {job.partitionsDefinition ? (
                  <span className="text-neutral-800">{job.partitionsDefinition.description}</span>
                ) : (
                  <span className="text-neutral-400">Unpartitioned</span>
                )}
              </td>
              <td className="px-3 py-3">
                <PresetBadges presets={job.presets} />
              </td>
              <td className="truncate px-3 py-3 text-neutral-700" title={job.codeLocationName}>
                {job.codeLocationName}
              </td>
              <td className="px-4 py-2.5 text-right">
                <ButtonLink
                  href={launchpadHref({ job: job.name })}
                  aria-label={`Open launchpad for ${job.name}`}
                  className="whitespace-nowrap"
                >
                  <PlayIcon size={13} />
                  Open launchpad
                </ButtonLink>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
