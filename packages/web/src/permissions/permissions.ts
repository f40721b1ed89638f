import type { Activity, Agreement } from "@samverkan/client";
import { hasRole, type Person } from "../auth/person";
import type { MessageKey, MessageParams } from "../i18n/i18n";

// What the signed-in person may do, mirroring the API's roles (api.md) so that a button they may
// not use is replaced by the reason. The API still decides: these only choose what to show.

export type Permission =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly reason: MessageKey; readonly params?: MessageParams };

const allowed: Permission = { allowed: true };
const refused = (reason: MessageKey, params?: MessageParams): Permission => ({
  allowed: false,
  reason,
  ...(params ? { params } : {}),
});

type Parties = Pick<Agreement, "parties">;

const partyNames = (agreement: Parties, or: string) =>
  agreement.parties.map((party) => party.name).join(` ${or} `);

export const isPrincipalParty = (person: Person, agreement: Parties) =>
  agreement.parties.some((party) => party.orgNumber === person.orgNumber);

/** A coordinator of one of the letter's principal parties: dialogs, group, activities, funding. */
export function asPartyCoordinator(person: Person, agreement: Parties, or: string): Permission {
  if (hasRole(person, "coordinator") && isPrincipalParty(person, agreement)) return allowed;
  return refused("why.partyCoordinatorOnly", { parties: partyNames(agreement, or) });
}

/** Give notice: a signatory of a principal party, while the letter is in force (R16, R19). */
export function mayGiveNotice(person: Person, agreement: Agreement, or: string): Permission {
  if (agreement.status === "notice-given") return refused("why.noticeAlreadyGiven");
  if (agreement.status !== "in-force") return refused("why.notInForce");
  if (hasRole(person, "signatory") && isPrincipalParty(person, agreement)) return allowed;
  return refused("why.partySignatoryOnlyNotice", { parties: partyNames(agreement, or) });
}

/** Propose, sign or withdraw an amendment: a signatory of a principal party (R26, R16). */
export function mayAmend(person: Person, agreement: Agreement, or: string): Permission {
  if (agreement.status !== "in-force" && agreement.status !== "notice-given")
    return refused("why.notInForce");
  if (hasRole(person, "signatory") && isPrincipalParty(person, agreement)) return allowed;
  return refused("amendment.signatoryOnly", { parties: partyNames(agreement, or) });
}

/** Sign the letter for one party: that party's signatory, before it has signed (R16, R17). */
export function maySignLetterFor(person: Person, party: Agreement["parties"][number]): Permission {
  if (hasRole(person, "signatory") && person.orgNumber === party.orgNumber) return allowed;
  return refused("why.signatoryOf", { party: party.name });
}

/** Sign a special agreement for one of its required parties: that party's signatory (R14, R16). */
export function maySignSpecialAgreementFor(
  person: Person,
  activity: Activity,
  party: Activity["specialAgreement"]["parties"][number],
): Permission {
  if (activity.status === "running" || activity.status === "completed")
    return refused("why.activityAlreadyStarted");
  if (hasRole(person, "signatory") && person.orgNumber === party.orgNumber) return allowed;
  return refused("why.signatoryOf", { party: party.name });
}

/** Register a need: a party's coordinator for anyone, a municipality's for itself (R6, R16). */
export function mayRegisterNeed(
  person: Person,
  agreement: Parties,
  relation: string | undefined,
  or: string,
): Permission {
  if (!hasRole(person, "coordinator"))
    return refused("why.coordinatorOnlyNeeds", { parties: partyNames(agreement, or) });
  if (isPrincipalParty(person, agreement) || relation === "member") return allowed;
  return refused("why.coordinatorOnlyNeeds", { parties: partyNames(agreement, or) });
}

/** Keep one's own organisation's contacts: a coordinator of it (R23; the API checks the rest). */
export function mayKeepContacts(person: Person, organisation: string): Permission {
  if (hasRole(person, "coordinator")) return allowed;
  return refused("why.coordinatorOnlyContacts", { org: organisation });
}
