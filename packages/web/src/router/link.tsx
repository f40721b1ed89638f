import type { ComponentChildren } from "preact";
import { navigate } from "./location";

interface LinkProps {
  readonly href: string;
  readonly children: ComponentChildren;
  readonly class?: string;
  readonly "aria-current"?: "page" | undefined;
}

/** A link within the workspace: opens the page without reloading; new tabs work as usual. */
export function Link({ href, children, ...rest }: LinkProps) {
  const open = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} onClick={open} {...rest}>
      {children}
    </a>
  );
}
