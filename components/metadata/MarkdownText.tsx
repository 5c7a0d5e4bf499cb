// Markdown from user code or a report (asset descriptions, markdown metadata), sanitized: no raw HTML, only http(s)
// links, each opening in a new tab without access to the console's window, and headings sized for a card.
import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import { cx } from "../ui/cx";
import { safeHttpUrl } from "./metadataValues";

const heading = "mt-3 mb-1.5 font-semibold text-neutral-900 first:mt-0";

const components: Components = {
  h1: ({ children }) => <h3 className={cx(heading, "text-[15px]")}>{children}</h3>,
  h2: ({ children }) => <h4 className={cx(heading, "text-[14px]")}>{children}</h4>,
  h3: ({ children }) => <h5 className={cx(heading, "text-[13px]")}>{children}</h5>,
  h4: ({ children }) => <h6 className={cx(heading, "text-[13px]")}>{children}</h6>,
  h5: ({ children }) => <h6 className={cx(heading, "text-[12px]")}>{children}</h6>,
  h6: ({ children }) => <h6 className={cx(heading, "text-[12px] text-neutral-600")}>{children}</h6>,
  p: ({ children }) => <p className="my-1.5 first:mt-0 last:mb-0">{children}</p>,
  ul: ({ children }) => <ul className="my-1.5 list-disc pl-5">{children}</ul>,
  ol: ({ children }) => <ol className="my-1.5 list-decimal pl-5">{children}</ol>,
  li: ({ children }) => <li className="my-0.5">{children}</li>,
  blockquote: ({ children }) => (
    <blockquote className="my-1.5 border-l-2 border-neutral-200 pl-3 text-neutral-600">{children}</blockquote>
  ),
  code: ({ children, className }) => (
    <code className={cx("rounded bg-neutral-100 px-1 py-px font-mono text-[0.9em] text-neutral-800", className)}>
      {children}
    </code>
  ),
  pre: ({ children }) => (
    <pre className="my-1.5 overflow-x-auto rounded bg-neutral-50 p-2 text-[12px] ring-1 ring-neutral-200 [&_code]:bg-transparent [&_code]:p-0">
      {children}
    </pre>
  ),
  hr: () => <hr className="my-3 border-neutral-200" />,
  table: ({ children }) => (
    <div className="my-1.5 overflow-x-auto">
      <table className="text-left text-[12px]">{children}</table>
    </div>
  ),
  th: ({ children }) => <th className="border-b border-neutral-200 px-2 py-1 font-semibold">{children}</th>,
  td: ({ children }) => <td className="border-b border-neutral-100 px-2 py-1">{children}</td>,
  a: ({ href, children }) => {
    const safe = href ? safeHttpUrl(href) : null;
    if (!safe) return <span className="text-neutral-700">{children}</span>;
    return (
      <a
        href={safe}
        target="_blank"
        rel="noopener noreferrer"
        className="text-accent-700 underline decoration-accent-200 underline-offset-2 hover:decoration-accent-500"
      >
        {children}
      </a>
    );
  },
  // An image would load from wherever the text points; it shows as a link to it instead.
  img: ({ src, alt }) => {
    const safe = typeof src === "string" ? safeHttpUrl(src) : null;
    const label = alt || "image";
    if (!safe) return <span className="text-neutral-700">{label}</span>;
    return (
      <a
        href={safe}
        target="_blank"
        rel="noopener noreferrer"
        className="text-accent-700 underline decoration-accent-200 underline-offset-2"
      >
        {label}
      </a>
    );
  },
};

/** Keeps only http(s) URLs; anything else leaves the element without one, and the link renders as text. */
const urlTransform = (url: string) => safeHttpUrl(url);

export function MarkdownText({ text, className }: { text: string; className?: string }) {
  return (
    <div className={cx("text-[13px] leading-6 break-words text-neutral-700", className)}>
      <ReactMarkdown skipHtml rehypePlugins={[rehypeSanitize]} urlTransform={urlTransform} components={components}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
