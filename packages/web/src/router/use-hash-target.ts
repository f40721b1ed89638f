import { useEffect } from "preact/hooks";
import { useLocation } from "./location";

/**
 * Scrolls to and focuses the element the address's #fragment names once it is on the page
 * (a rule's reference opens /avtal/…/avsiktsforklaringen#R14 at rule R14).
 */
export function useHashTarget(ready = true): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash) return;
    const target = document.getElementById(hash);
    target?.scrollIntoView({ block: "start" });
    target?.focus({ preventScroll: true });
  }, [hash, ready]);
}
