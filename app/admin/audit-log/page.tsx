// Audit log: who changed what, newest first (admins only).
import type { Metadata } from "next";
import { Suspense } from "react";
import { AuditLogPage } from "../../../components/admin/AuditLogPage";

export const metadata: Metadata = { title: "Audit log" };

export default function Page() {
  // The page keeps its filters in the URL, which needs a Suspense boundary in a statically rendered route.
  return (
    <Suspense>
      <AuditLogPage />
    </Suspense>
  );
}
