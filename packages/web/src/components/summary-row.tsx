import type { ComponentChildren } from "preact";

/** One row of a GOV.UK summary list (`<dl class="summary-list">`): what, then its value. */
export function SummaryRow({
  label,
  children,
  testId,
}: {
  label: string;
  children: ComponentChildren;
  testId?: string | undefined;
}) {
  return (
    <div class="summary-list__row">
      <dt class="summary-list__key">{label}</dt>
      <dd class="summary-list__value" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}
