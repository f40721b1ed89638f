import type { ComponentChildren, Ref } from "preact";

interface ScrollRegionProps {
  readonly label: string;
  readonly class: string;
  readonly children: ComponentChildren;
  readonly scrollRef?: Ref<HTMLElement>;
}

/**
 * A region that scrolls sideways on narrow screens (the timeline, the needs grid): named, and
 * reachable by keyboard so that it can be scrolled without a mouse (WCAG 2.1.1).
 */
export function ScrollRegion({ label, class: className, children, scrollRef }: ScrollRegionProps) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to scroll by keyboard.
    <section class={className} ref={scrollRef} tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
