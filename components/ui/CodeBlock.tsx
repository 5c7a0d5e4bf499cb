// Read-only monospace text (run config YAML and the like) that scrolls inside its box instead of stretching the page.
import { cx } from "./cx";

export function CodeBlock({ children, className }: { children: string; className?: string }) {
  return (
    // A box that scrolls takes the focus, so its overflow can be read from the keyboard.
    <pre
      tabIndex={0}
      className={cx(
        "max-h-80 overflow-auto rounded-md border border-neutral-200 bg-neutral-50 px-3 py-2 font-mono text-[12px] leading-5 text-neutral-800",
        className,
      )}
    >
      {children}
    </pre>
  );
}
