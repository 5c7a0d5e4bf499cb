"use client";
// The last line of defence: any render error in a page shows a message and a retry, never a blank screen.
import { ErrorState } from "../components/ui/ErrorState";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="px-6 py-16">
      <ErrorState
        title="This page failed to render"
        message={error.message || "An unexpected error occurred."}
        onRetry={reset}
      />
    </div>
  );
}
