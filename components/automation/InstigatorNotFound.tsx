// The page for a schedule or sensor that is not defined (a typo, or reloaded away): what is missing and where to go.
import { ButtonLink } from "../ui/ButtonLink";
import { EmptyState } from "../ui/EmptyState";
import { SearchIcon } from "../ui/icons";

export function InstigatorNotFound({ title, message }: { title: string; message: string }) {
  return (
    <div className="px-6 py-16">
      <div className="mx-auto max-w-lg rounded-lg border border-neutral-200 bg-white shadow-xs">
        <EmptyState icon={<SearchIcon size={22} />} title={title}>
          <p>{message}</p>
          <div className="mt-5 flex justify-center gap-2">
            <ButtonLink variant="primary" href="/automation">
              Back to automation
            </ButtonLink>
            <ButtonLink href="/deployment">Check code locations</ButtonLink>
          </div>
        </EmptyState>
      </div>
    </div>
  );
}
