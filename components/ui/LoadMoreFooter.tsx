// Under a paged list: how many rows are shown, and "Load more" while the API has another page.
import { Button } from "./Button";

export function LoadMoreFooter({
  count,
  noun,
  pages,
}: {
  count: number;
  noun: string;
  pages: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
}) {
  return (
    <div className="mt-3 flex items-center justify-between text-xs text-neutral-500">
      <span aria-live="polite">
        Showing {count} {noun}
        {count === 1 ? "" : "s"}
      </span>
      {pages.hasNextPage && (
        <Button onClick={() => void pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
          {pages.isFetchingNextPage ? "Loading…" : "Load more"}
        </Button>
      )}
    </div>
  );
}
