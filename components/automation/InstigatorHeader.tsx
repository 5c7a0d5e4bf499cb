// The header of a schedule's or sensor's page: name and switch, description, and the facts of its definition. The
// caller gives what sets it off and what it launches (`lead`) and the facts after its partitions (`more`).
import type { ReactNode } from "react";
import type { InstigatorStatus } from "../../graphql/client/generated/graphql";
import { Breadcrumbs } from "../ui/Breadcrumbs";
import { Fact } from "../ui/Fact";
import { InstigatorSwitch } from "./InstigatorSwitch";
import { TestInstigatorButton } from "./TestInstigatorDialog";
import type { InstigatorKind } from "./useToggleInstigator";

interface Props {
  kind: InstigatorKind;
  instigator: {
    name: string;
    codeLocationName: string;
    description: string | null;
    status: InstigatorStatus;
    partitionsDefinition: { description: string } | null;
  };
  lead: ReactNode;
  more: ReactNode;
  /** Below the facts (a schedule's tags). */
  footer?: ReactNode;
}

export function InstigatorHeader({ kind, instigator, lead, more, footer }: Props) {
  return (
    <header className="border-b border-neutral-200 bg-white px-6 pt-4 pb-4">
      <Breadcrumbs crumbs={[{ label: "Automation", href: "/automation" }, { label: instigator.name }]} />
      <div className="mt-1.5 flex flex-wrap items-center justify-between gap-4">
        <h1 className="min-w-0 truncate text-xl font-semibold tracking-tight text-neutral-900">{instigator.name}</h1>
        <div className="flex items-center gap-4">
          <TestInstigatorButton kind={kind} codeLocationName={instigator.codeLocationName} name={instigator.name} />
          <InstigatorSwitch
            kind={kind}
            codeLocationName={instigator.codeLocationName}
            name={instigator.name}
            status={instigator.status}
            showLabel
          />
        </div>
      </div>
      {instigator.description ? (
        <p className="mt-1 max-w-3xl text-[13px] leading-5 whitespace-pre-wrap text-neutral-600">
          {instigator.description}
        </p>
      ) : (
        <p className="mt-1 text-[13px] text-neutral-500 italic">
          No description. Add one with the {kind}&apos;s <code>description</code> option.
        </p>
      )}

      <dl className="mt-3 grid grid-cols-[repeat(auto-fill,minmax(190px,1fr))] gap-x-6 gap-y-3 text-[13px]">
        {lead}
        <Fact label="Partitions">
          {instigator.partitionsDefinition ? (
            instigator.partitionsDefinition.description
          ) : (
            <span className="text-neutral-500">Unpartitioned</span>
          )}
        </Fact>
        {more}
        <Fact label="Code location">{instigator.codeLocationName}</Fact>
      </dl>
      {footer}
    </header>
  );
}
