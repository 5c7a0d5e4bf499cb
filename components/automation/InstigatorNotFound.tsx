// The page for a schedule or sensor that is not defined (a typo, or reloaded away): what is missing and where to go.
import { DefinitionNotFound } from "../ui/DefinitionNotFound";

export function InstigatorNotFound({ title, message }: { title: string; message: string }) {
  return (
    <DefinitionNotFound title={title} back={{ href: "/automation", label: "Back to automation" }}>
      <p>{message}</p>
    </DefinitionNotFound>
  );
}
