"use client";
// The frame of every admin page: title, the admin tabs, and the page itself only for viewers who hold its
// permission; anyone else gets a clear "needs the Admin role" state instead of a page of errors.
import type { ReactNode } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import type { Permission } from "../../lib/core/auth/roles";
import { useViewer } from "../auth/useViewer";
import { viewerMay } from "../auth/viewerPermission";
import { PageHeader } from "../shell/PageHeader";
import { EmptyState } from "../ui/EmptyState";
import { ErrorState } from "../ui/ErrorState";
import { TableSkeleton } from "../ui/Skeleton";
import { AdminTabs } from "./AdminTabs";
import { LockIcon } from "./adminIcons";
import { ADMIN_SECTIONS, type AdminSection } from "./adminLinks";

export function AdminFrame({
  section,
  title,
  subtitle,
  children,
}: {
  section: AdminSection;
  title: string;
  subtitle: ReactNode;
  children: ReactNode;
}) {
  const viewer = useViewer();
  const permission: Permission = ADMIN_SECTIONS.find((s) => s.id === section)?.permission ?? "MANAGE_USERS";
  const may = viewer.data ? viewerMay(viewer.data, permission) : null;
  return (
    <div className="mx-auto flex max-w-[1400px] flex-col px-6 pt-6 pb-8">
      <PageHeader title={title} subtitle={subtitle} />
      <AdminTabs current={section} />
      <div className="mt-5">
        {viewer.isPending ? (
          <TableSkeleton rows={4} label="Loading" />
        ) : viewer.isError ? (
          <ErrorState
            title="Could not tell who you are"
            message={errorMessage(viewer.error)}
            onRetry={() => void viewer.refetch()}
          />
        ) : may && !may.allowed ? (
          <div className="rounded-lg border border-dashed border-neutral-300 bg-white">
            <EmptyState icon={<LockIcon size={22} />} title="This page needs the Admin role">
              <p>{may.refusal}</p>
              <p className="mt-2">Ask an admin of this Strata instance to change your role.</p>
            </EmptyState>
          </div>
        ) : (
          children
        )}
      </div>
    </div>
  );
}
