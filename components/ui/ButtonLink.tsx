// A Next.js link that looks like a Button: navigation (a real href, open in new tab) with the weight of an action.
import Link from "next/link";
import type { ComponentProps } from "react";
import { type ButtonVariant, buttonClass } from "./Button";

export function ButtonLink({
  variant = "secondary",
  className,
  ...rest
}: ComponentProps<typeof Link> & { variant?: ButtonVariant }) {
  return <Link className={buttonClass(variant, className)} {...rest} />;
}
