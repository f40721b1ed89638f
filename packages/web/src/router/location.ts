import { useEffect, useState } from "preact/hooks";

// The browser's address as the workspace's state: pages are real paths (a link can be shared,
// a reload opens the same page; the local system and the static site answer every path with
// index.html).

const listeners = new Set<() => void>();
let movedWithinApp = false;

if (typeof window !== "undefined")
  window.addEventListener("popstate", () => {
    movedWithinApp = true;
    for (const listener of listeners) listener();
  });

/** Opens `to` without reloading; `replace` keeps the history entry (redirects). */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  movedWithinApp = true;
  if (options.replace) history.replaceState(null, "", to);
  else history.pushState(null, "", to);
  window.scrollTo(0, 0);
  for (const listener of listeners) listener();
}

/**
 * Whether the current page was opened from within the workspace (then focus moves to its
 * heading, so a screen reader announces the new page) rather than loaded by the browser.
 */
export const openedWithinApp = () => movedWithinApp;

export interface Location {
  readonly path: string;
  readonly query: URLSearchParams;
  readonly hash: string;
}

const snapshot = (): Location => ({
  path: location.pathname,
  query: new URLSearchParams(location.search),
  hash: location.hash.slice(1),
});

/** The current location; re-renders on navigation. */
export function useLocation(): Location {
  const [current, setCurrent] = useState(snapshot);
  useEffect(() => {
    const update = () => setCurrent(snapshot());
    listeners.add(update);
    return () => {
      listeners.delete(update);
    };
  }, []);
  return current;
}
