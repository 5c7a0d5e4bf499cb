// The pieces the admin pages' forms share: their titled card, the submit cell of a field row, and edits that clear
// the last result.
import { type ReactNode, useId } from "react";
import { Button } from "../ui/Button";

/** A titled card around one admin form. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-neutral-200 bg-white shadow-xs">
      <h2
        id={`${id}-title`}
        className="border-b border-neutral-100 px-4 py-2.5 text-[13px] font-semibold text-neutral-800"
      >
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The submit button of a form's field row, aligned with the fields' inputs under their labels. */
export function SubmitCell({
  pending,
  disabled,
  label,
  pendingLabel,
}: {
  pending: boolean;
  disabled: boolean;
  label: string;
  pendingLabel: string;
}) {
  return (
    <div className="flex items-start md:pt-[18px]">
      <Button type="submit" variant="primary" className="h-9" disabled={pending || disabled}>
        {pending ? pendingLabel : label}
      </Button>
    </div>
  );
}

/** An onValueChange that sets the field and clears the form's last result, so an old message never outlives an edit. */
export function editing(edited: () => void) {
  return (set: (value: string) => void) => (value: string) => {
    set(value);
    edited();
  };
}
