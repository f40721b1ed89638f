import { type ContactList, whoIsTold } from "@samverkan/domain";

/**
 * D-30: the organisations a notification sent earlier still owes: those its delivery recorded
 * as having nobody to tell, and that have someone to tell now. The notification's own item is
 * the record of what is owed (one per reminder key, kept as long as the notification): no
 * separate list to bound or expire; whether it still matters is the planner's answer today.
 */
export function owedTo(
  delivery: unknown,
  recipients: readonly string[],
  lists: readonly ContactList[],
): string[] {
  const without = (delivery as { organisationsWithoutContacts?: unknown } | undefined)
    ?.organisationsWithoutContacts;
  if (!Array.isArray(without) || without.length === 0) return [];
  const owed = recipients.filter((org) => without.includes(org));
  if (owed.length === 0) return [];
  const stillWithout = new Set(whoIsTold(owed, lists).organisationsWithoutContacts);
  return owed.filter((org) => !stillWithout.has(org));
}
