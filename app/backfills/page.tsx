// Backfills: the placeholder for partition backfills that later releases bring.
import type { Metadata } from "next";
import { PlaceholderPage } from "../../components/shell/PlaceholderPage";
import { CalendarIcon } from "../../components/ui/icons";

export const metadata: Metadata = { title: "Backfills" };

export default function BackfillsPage() {
  return (
    <PlaceholderPage title="Backfills" icon={<CalendarIcon size={22} />} headline="Backfills arrive in a later release">
      Backfills will materialize ranges of partitions — a month of daily partitions, or every one that is missing — and show
      their progress partition by partition, with the runs they launched.
    </PlaceholderPage>
  );
}
