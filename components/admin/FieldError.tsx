// A refusal shown under the field it is about (or under a form, when it is about no one field).
import { cx } from "../ui/cx";
import { AlertIcon } from "../ui/icons";

export function FieldError({ id, message, className }: { id?: string; message: string | null; className?: string }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className={cx("mt-1 flex items-start gap-1.5 text-xs leading-4 text-red-700", className)}>
      <AlertIcon size={13} className="mt-px shrink-0" />
      <span className="break-words">{message}</span>
    </p>
  );
}
