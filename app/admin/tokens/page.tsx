// API tokens: create, list and revoke (admins only).
import type { Metadata } from "next";
import { ApiTokensPage } from "../../../components/admin/ApiTokensPage";

export const metadata: Metadata = { title: "API tokens" };

export default function Page() {
  return <ApiTokensPage />;
}
