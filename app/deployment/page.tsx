// Deployment: the code locations this instance loads.
import type { Metadata } from "next";
import { DeploymentPage } from "../../components/deployment/DeploymentPage";

export const metadata: Metadata = { title: "Deployment" };

export default function Page() {
  return <DeploymentPage />;
}
