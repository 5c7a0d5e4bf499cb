// Users: who may sign in, their roles and grants (admins only).
import type { Metadata } from "next";
import { UsersPage } from "../../../components/admin/UsersPage";

export const metadata: Metadata = { title: "Users" };

export default function Page() {
  return <UsersPage />;
}
