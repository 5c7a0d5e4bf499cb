// The audit log table: when, who, what and on what, with the details as compact JSON (all of it on hover).
import Link from "next/link";
import { type Column, DataTable } from "../ui/DataTable";
import { RelativeTime } from "../ui/RelativeTime";
import { auditLogHref, auditTargetHref } from "./adminLinks";
import { compactJson } from "./compactJson";
import type { AuditEvent } from "./useAuditEvents";

const columns: Column<AuditEvent>[] = [
  {
    header: "Time",
    width: "w-28",
    cellClassName: "whitespace-nowrap text-neutral-600",
    cell: (event) => <RelativeTime timestamp={event.timestamp} />,
  },
  {
    header: "Actor",
    width: "w-56",
    cellClassName: "truncate",
    title: (event) => event.actor,
    cell: (event) => (
      <Link
        href={auditLogHref({ actor: event.actor })}
        className="text-neutral-800 hover:text-accent-700 hover:underline"
      >
        {event.actor}
      </Link>
    ),
  },
  {
    header: "Action",
    width: "w-48",
    cellClassName: "truncate",
    cell: (event) => (
      <Link
        href={auditLogHref({ actionPrefix: event.action })}
        title={`Only ${event.action}`}
        className="rounded bg-neutral-100 px-1.5 py-0.5 font-mono text-[12px] text-neutral-800 hover:bg-accent-50 hover:text-accent-800"
      >
        {event.action}
      </Link>
    ),
  },
  {
    header: "Target",
    width: "w-72",
    cellClassName: "truncate font-mono text-[12px] text-neutral-700",
    title: (event) => event.target,
    cell: (event) => <AuditTarget action={event.action} target={event.target} />,
  },
  {
    header: "Details",
    cellClassName: "truncate font-mono text-[12px] text-neutral-500",
    title: (event) => compactJson(event.details) || undefined,
    cell: (event) => compactJson(event.details) || <span className="font-sans text-neutral-300">—</span>,
  },
];

export function AuditLogTable({ events }: { events: readonly AuditEvent[] }) {
  return (
    <DataTable
      label="Audit log"
      minWidth="min-w-[1000px]"
      fixed
      headDensity="regular"
      columns={columns}
      rows={events}
      rowKey={(event) => event.id}
      valign="middle"
    />
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
