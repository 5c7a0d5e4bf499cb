// A centred icon, title and explanation for pages or panels with nothing to show (yet).
import type { ReactNode } from "react";
import { cx } from "./cx";

export function EmptyState({
  icon,
  title,
  children,
  className,
}: {
  icon?: ReactNode;
  title: string;
  children?: ReactNode;
  className?: string;
}) {
  return (
    <div className={cx("flex flex-col items-center px-6 py-14 text-center", className)}>
      {icon && (
        <div className="mb-4 flex size-12 items-center justify-center rounded-xl bg-accent-50 text-accent-600 ring-1 ring-accent-100">
          {icon}
        </div>
      )}
      <h2 className="text-[15px] font-semibold text-neutral-900">{title}</h2>
      {children && <div className="mt-2 max-w-md text-[13px] leading-5 text-neutral-500">{children}</div>}
    </div>
  );
}
