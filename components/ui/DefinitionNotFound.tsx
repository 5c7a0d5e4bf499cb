// The page for a definition (a job, a schedule, a sensor) that no loaded code location defines (a typo, or reloaded
// away): what is missing, back to its list, or to the code locations.
import type { ReactNode } from "react";
import { ButtonLink } from "./ButtonLink";
import { EmptyState } from "./EmptyState";
import { SearchIcon } from "./icons";

export function DefinitionNotFound({
  title,
  back,
  children,
}: {
  title: string;
  back: { href: string; label: string };
  children: ReactNode;
}) {
  return (
    <div className="px-6 py-16">
      <div className="mx-auto max-w-lg rounded-lg border border-neutral-200 bg-white shadow-xs">
        <EmptyState icon={<SearchIcon size={22} />} title={title}>
          {children}
          <div className="mt-5 flex justify-center gap-2">
            <ButtonLink variant="primary" href={back.href}>
              {back.label}
            </ButtonLink>
            <ButtonLink href="/deployment">Check code locations</ButtonLink>
          </div>
        </EmptyState>
      </div>
    </div>
  );
}
