import type { Notification } from "@samverkan/core";

/** A record of the mailer's queue: an EventBridge event, as the rule delivered it (infra/mail.ts). */
export interface QueueRecord {
  readonly messageId: string;
  readonly body: string;
  readonly attributes?: { readonly ApproximateReceiveCount?: string };
}

const isStrings = (value: unknown) =>
  Array.isArray(value) && value.every((item) => typeof item === "string");

/**
 * The notification in a queued EventBridge event (`detail`), or null for a body that is not one:
 * such a message can never succeed, so it is failed and ends in the dead-letter queue.
 */
export function notificationOf(body: string): Notification | null {
  let event: { source?: unknown; detail?: Record<string, unknown> };
  try {
    event = JSON.parse(body);
  } catch {
    return null;
  }
  const detail = event?.detail;
  if (event?.source !== "samverkan.scheduler" || !detail) return null;
  const text = ["letterId", "key", "kind", "rule", "dueOn", "sentOn"];
  if (!text.every((name) => typeof detail[name] === "string") || !isStrings(detail.recipients))
    return null;
  return detail as unknown as Notification;
}
