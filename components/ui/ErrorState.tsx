// What a page shows when the API failed: the message, kept readable, and a way to try again.

import { Button } from "./Button";
import { AlertIcon } from "./icons";

export function ErrorState({
  title = "Something went wrong",
  message,
  onRetry,
}: {
  title?: string;
  message: string;
  onRetry?: () => void;
}) {
  return (
    <div
      role="alert"
      className="mx-auto flex max-w-xl flex-col items-center rounded-lg border border-red-200 bg-white px-8 py-10 text-center shadow-xs"
    >
      <div className="mb-3 flex size-10 items-center justify-center rounded-full bg-red-50 text-red-600">
        <AlertIcon size={20} />
      </div>
      <h2 className="text-sm font-semibold text-neutral-900">{title}</h2>
      <p className="mt-1.5 max-w-md font-mono text-xs leading-5 break-words whitespace-pre-wrap text-neutral-600">
        {message}
      </p>
      {onRetry && (
        <Button className="mt-5" onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}
