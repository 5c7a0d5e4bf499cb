// Automation: every schedule and sensor of the loaded code locations, each with its on/off switch and last tick.
import type { Metadata } from "next";
import { AutomationPage } from "../../components/automation/AutomationPage";

export const metadata: Metadata = { title: "Automation" };

export default function Page() {
  return <AutomationPage />;
}
