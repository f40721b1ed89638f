import { useEffect, useRef } from "preact/hooks";
import { useI18n } from "../i18n/i18n";
import { openedWithinApp } from "../router/location";

interface PageHeadingProps {
  readonly children: string;
  /** A small line above the heading: what the page belongs to. */
  readonly caption?: string;
}

/**
 * The page's one h1. It names the page in the browser's title and, when the page was opened
 * from within the workspace, takes focus so a screen reader announces the new page.
 */
export function PageHeading({ children, caption }: PageHeadingProps) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} – ${t("app.name")}`;
    // A success banner or an error summary that already took focus keeps it: it says more.
    const told = document.activeElement?.closest(".banner, .error-summary");
    if (openedWithinApp() && !told) heading.current?.focus();
  }, [children, t]);
  return (
    <>
      {caption && <span class="caption">{caption}</span>}
      <h1 ref={heading} tabIndex={-1}>
        {children}
      </h1>
    </>
  );
}
