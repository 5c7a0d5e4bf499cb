// Automation: the placeholder for schedules, sensors and freshness policies that later releases bring.
import type { Metadata } from "next";
import { PlaceholderPage } from "../../components/shell/PlaceholderPage";
import { BoltIcon } from "../../components/ui/icons";

export const metadata: Metadata = { title: "Automation" };

export default function AutomationPage() {
  return (
    <PlaceholderPage title="Automation" icon={<BoltIcon size={22} />} headline="Schedules and sensors arrive in a later release">
      Automation will list the schedules and sensors of every code location, let you turn them on and off, and show each
      tick: when it ran, what it requested, and why it skipped.
    </PlaceholderPage>
  );
}
