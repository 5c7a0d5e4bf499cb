// The home route: the global asset graph is the console's front door.
import { redirect } from "next/navigation";

export default function HomePage() {
  redirect("/lineage");
}
