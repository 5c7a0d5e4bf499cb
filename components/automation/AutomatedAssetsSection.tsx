// The Automation page's section of assets with an automation condition: a heading with how many, then the table, a
// loading or error state, or how to add one.
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { EmptyState } from "../ui/EmptyState";
import { ErrorState } from "../ui/ErrorState";
import { LayersIcon } from "../ui/icons";
import { TableSkeleton } from "../ui/Skeleton";
import { AutomatedAssetsTable } from "./AutomatedAssetsTable";
import { useAutomatedAssets } from "./useAutomatedAssets";

const code = "rounded bg-neutral-100 px-1 py-0.5 font-mono text-[12px] text-neutral-800";

export function AutomatedAssetsSection() {
  const query = useAutomatedAssets();
  const assets = query.data?.results;
  const requested = assets?.filter((asset) => asset.automationEvaluations[0]?.requested).length ?? 0;

  return (
    <section aria-labelledby="automated-assets-heading" className="mt-5">
      <div className="mb-2 flex items-baseline justify-between gap-4">
        <h2 id="automated-assets-heading" className="text-[15px] font-semibold text-neutral-900">
          Automated assets
          {assets && (
            <span className="ml-1.5 rounded bg-neutral-100 px-1 text-[11px] font-normal text-neutral-500">
              {assets.length}
            </span>
          )}
        </h2>
        {assets && assets.length > 0 && (
          <p className="text-xs text-neutral-500">
            {requested} of {assets.length} requested a run at their latest evaluation
          </p>
        )}
      </div>
      {query.isPending ? (
        <TableSkeleton rows={2} label="Loading automated assets" />
      ) : query.isError ? (
        <ErrorState
          title="Could not load automated assets"
          message={errorMessage(query.error)}
          onRetry={() => void query.refetch()}
        />
      ) : !assets || assets.length === 0 ? (
        <div className="rounded-lg border border-dashed border-neutral-300 bg-white">
          <EmptyState icon={<LayersIcon size={22} />} title="No automated assets yet">
            <p>
              An asset with an automation condition is materialized by the daemon when the condition holds. Give one
              with <code className={code}>asset({"{ automationCondition: AutomationCondition.eager() }"})</code>.
            </p>
          </EmptyState>
        </div>
      ) : (
        <>
          <AutomatedAssetsTable assets={assets} />
          <p className="mt-3 text-xs text-neutral-500">
            The daemon evaluates each condition every few seconds and keeps the evaluations that requested a run or
            changed their reasons; an asset&apos;s page lists its recent ones.
          </p>
        </>
      )}
    </section>
  );
}
