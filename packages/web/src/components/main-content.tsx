import type { ComponentChildren } from "preact";

/**
 * The page's own content, which the skip link ("#main") lands on: focusable by script only
 * (tabindex -1), so the next Tab reaches the page's first link or button, not the navigation.
 */
export function MainContent({
  children,
  class: extra,
}: {
  children: ComponentChildren;
  class?: string;
}) {
  return (
    <main id="main" class={extra ? `main ${extra}` : "main"} tabIndex={-1}>
      {children}
    </main>
  );
}
