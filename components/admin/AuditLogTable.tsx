// The audit log table: when, who, what and on what, with the details as compact JSON (all of it on hover).
import Link from "next/link";
import { RelativeTime } from "../ui/RelativeTime";
import { tableHeadClass } from "../ui/table";
import { auditLogHref, auditTargetHref } from "./adminLinks";
import { compactJson } from "./compactJson";
import type { AuditEvent } from "./useAuditEvents";

export function AuditLogTable({ events }: { events: readonly AuditEvent[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-neutral-200 bg-white shadow-xs">
      <table aria-label="Audit log" className="w-full min-w-[1000px] table-fixed text-left text-[13px]">
        <thead className={tableHeadClass}>
          <tr>
            <th scope="col" className="w-28 px-4 py-2.5">
              Time
            </th>
            <th scope="col" className="w-56 px-3 py-2.5">
              Actor
            </th>
            <th scope="col" className="w-48 px-3 py-2.5">
              Action
            </th>
            <th scope="col" className="w-72 px-3 py-2.5">
              Target
            </th>
            <th scope="col" className="px-4 py-2.5">
              Details
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            const details = compactJson(event.details);
            return (
              <tr
                key={event.id}
                className="border-b border-neutral-100 align-middle last:border-b-0 hover:bg-neutral-50"
              >
                <td className="px-4 py-2.5 whitespace-nowrap text-neutral-600">
                  <RelativeTime timestamp={event.timestamp} />
                </td>
                <td className="truncate px-3 py-2.5" title={event.actor}>
                  <Link
                    href={auditLogHref({ actor: event.actor })}
                    className="text-neutral-800 hover:text-accent-700 hover:underline"
                  >
                    {event.actor}
                  </Link>
                </td>
                <td className="truncate px-3 py-2.5">
                  <Link
                    href={auditLogHref({ actionPrefix: event.action })}
                    title={`Only ${event.action}`}
                    className="rounded bg-neutral-100 px-1.5 py-0.5 font-mono text-[12px] text-neutral-800 hover:bg-accent-50 hover:text-accent-800"
                  >
                    {event.action}
                  </Link>
                </td>
                <td className="truncate px-3 py-2.5 font-mono text-[12px] text-neutral-700" title={event.target}>
                  <AuditTarget action={event.action} target={event.target} />
                </td>
                <td
                  className="truncate px-4 py-2.5 font-mono text-[12px] text-neutral-500"
                  title={details || undefined}
                >
                  {details || <span className="font-sans text-neutral-300">—</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function AuditTarget({ action, target }: { action: string; target: string }) {
  if (!target) return <span className="font-sans text-neutral-300">—</span>;
  const href = auditTargetHref(action, target);
  if (!href) return <>{target}</>;
  return (
    <Link href={href} className="text-accent-700 hover:underline">
      {target}
    </Link>
  );
}
