import type { MarkStatus } from "./timeline-items";

/**
 * A status's mark: each status has its own shape as well as its own colour, so the picture
 * does not rest on colour alone (WCAG 1.4.1); every colour has 3:1 contrast on white (1.4.11).
 */
export function TimelineMarker({ status, x, y }: { status: MarkStatus; x: number; y: number }) {
  switch (status) {
    case "fulfilled":
    case "held":
      return <circle class="mark mark--done" cx={x} cy={y} r={7} />;
    case "overdue":
      return (
        <rect
          class="mark mark--overdue"
          x={x - 6}
          y={y - 6}
          width={12}
          height={12}
          transform={`rotate(45 ${x} ${y})`}
        />
      );
    case "due-soon":
      return (
        <path
          class="mark mark--soon"
          d={`M${x} ${y - 8} L${x + 8} ${y + 6} L${x - 8} ${y + 6} Z`}
        />
      );
    case "lapsed":
      return <rect class="mark mark--lapsed" x={x - 6} y={y - 6} width={12} height={12} />;
    default:
      return <circle class="mark mark--upcoming" cx={x} cy={y} r={6} />;
  }
}

/** The statuses the legend explains, in the order of their urgency. */
export const LEGEND: readonly MarkStatus[] = [
  "overdue",
  "due-soon",
  "upcoming",
  "fulfilled",
  "lapsed",
];
