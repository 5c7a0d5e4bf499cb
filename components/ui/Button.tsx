// The console's button in three weights; forwards every native button prop. Its look is shared with ButtonLink.
// aria-disabled looks disabled too: a control the viewer may not use stays focusable so its reason can be read.
import type { ButtonHTMLAttributes } from "react";
import { cx } from "./cx";

export type ButtonVariant = "primary" | "secondary" | "ghost";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-accent-600 text-white shadow-sm hover:bg-accent-700 disabled:bg-accent-300 aria-disabled:bg-accent-300",
  secondary:
    "bg-white text-neutral-800 ring-1 ring-inset ring-neutral-300 shadow-xs hover:bg-neutral-50 disabled:text-neutral-400 aria-disabled:bg-white aria-disabled:text-neutral-400",
  ghost:
    "text-neutral-600 hover:bg-neutral-100 hover:text-neutral-900 disabled:text-neutral-300 aria-disabled:bg-transparent aria-disabled:text-neutral-300",
};

/** The button look, for links that navigate but should read as actions (see ButtonLink). */
export function buttonClass(variant: ButtonVariant = "secondary", className?: string): string {
  return cx(
    "inline-flex h-8 items-center justify-center gap-1.5 rounded-md px-3 text-[13px] font-medium transition-colors disabled:cursor-not-allowed aria-disabled:cursor-not-allowed",
    variants[variant],
    className,
  );
}

export function Button({
  variant = "secondary",
  className,
  type = "button",
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type={type} className={buttonClass(variant, className)} {...rest} />;
}
