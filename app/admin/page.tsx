// /admin opens the users page, the first of the admin pages.
import { redirect } from "next/navigation";

export default function Page() {
  redirect("/admin/users");
}
