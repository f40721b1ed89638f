import type { AuditEvent } from "@samverkan/client";
import type { I18n } from "../i18n/i18n";

const DATES = [
  "scheduledOn",
  "heldOn",
  "submittedOn",
  "signedOn",
  "receivedOn",
  "endsOn",
  "startedOn",
  "completedOn",
  "reviewedOn",
];

/** What an event was about, from its data: a title, and the day it names (if any). */
export function eventDetail(event: AuditEvent, i18n: I18n): string {
  const data = event.data as Record<string, unknown>;
  const title =
    typeof data.title === "string"
      ? data.title
      : typeof data.funder === "string"
        ? data.funder
        : "";
  const day = DATES.map((key) => data[key]).find(
    (value): value is string => typeof value === "string",
  );
  return [title, day ? i18n.date(day) : ""].filter(Boolean).join(", ");
}
