"use client";
// The console chrome: top bar with navigation, the code location error banner, and the page area.
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { CodeLocationErrorBanner } from "./CodeLocationErrorBanner";
import { TopNav } from "./TopNav";

export function AppShell({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  // The sign-in page stands alone: the chrome's queries would only answer "sign in first".
  if (pathname === "/sign-in") return <main className="min-h-dvh">{children}</main>;
  return (
    <div className="flex h-dvh flex-col">
      <TopNav />
      <CodeLocationErrorBanner />
      <main className="relative min-h-0 flex-1 overflow-auto">{children}</main>
    </div>
  );
}
