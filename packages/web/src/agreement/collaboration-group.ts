import type { Agreement } from "@samverkan/client";

/** The principal parties with no member in the collaboration group yet (R9, R12). */
export const partiesWithoutGroupMembers = (agreement: Agreement) =>
  agreement.parties.filter(
    (party) => !agreement.collaborationGroup?.members.some((m) => m.orgNumber === party.orgNumber),
  );
