// Runs: the placeholder for the run list that later releases bring.
import type { Metadata } from "next";
import { PlaceholderPage } from "../../components/shell/PlaceholderPage";
import { PlayIcon } from "../../components/ui/icons";

export const metadata: Metadata = { title: "Runs" };

export default function RunsPage() {
  return (
    <PlaceholderPage title="Runs" icon={<PlayIcon size={22} />} headline="Run history arrives in a later release">
      Runs will list every materialization run with its status, duration, the assets it touched and its step-by-step logs,
      from queued to success or failure.
    </PlaceholderPage>
  );
}
