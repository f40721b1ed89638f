import type { ComponentChildren } from "preact";

export type TagTone = "ok" | "attention" | "overdue" | "neutral" | "info";

/** A coloured label whose words carry the meaning; the colour only repeats it. */
export function StatusTag({ tone, children }: { tone: TagTone; children: ComponentChildren }) {
  return <strong class={`tag tag--${tone}`}>{children}</strong>;
}
