// The root layout: document shell, global styles, query provider and the console chrome.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppShell } from "../components/shell/AppShell";
import "./globals.css";
import { Providers } from "./providers";

export const metadata: Metadata = {
  title: { default: "Strata", template: "%s · Strata" },
  description: "Asset-centric data orchestration: lineage, materializations and runs.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>
          <AppShell>{children}</AppShell>
        </Providers>
      </body>
    </html>
  );
}
