import type { LetterOfIntent } from "@samverkan/domain";
import type { LetterHead } from "../store/letter-store";
import type { Caller } from "./caller";
import { type Problem, problemOf } from "./problem";

/** Whether the caller's organisation may see the letter (api.md): party, member or project party. */
export function canSee(caller: Caller, head: LetterHead): boolean {
  return head.viewers.includes(caller.orgNumber);
}

const isParty = (caller: Caller, letter: LetterOfIntent) =>
  letter.parties.some((p) => p.orgNumber === caller.orgNumber);

/** A coordinator of one of the letter's principal parties, or the problem saying why not. */
export function requireCoordinatorOfParty(
  caller: Caller,
  letter: LetterOfIntent,
): Problem | undefined {
  if (!caller.roles.includes("coordinator")) {
    return problemOf(403, "coordinator-role-required", "Only a coordinator may do this");
  }
  if (!isParty(caller, letter)) {
    return problemOf(
      403,
      "not-a-principal-party",
      "Only a coordinator of a principal party may do this",
    );
  }
  return undefined;
}

/** A caller with the `signatory` role; which organisation they may sign for is the domain's R16. */
export function requireSignatory(caller: Caller): Problem | undefined {
  return caller.roles.includes("signatory")
    ? undefined
    : problemOf(
        403,
        "signatory-role-required",
        "Only an authorised signatory may sign or give notice",
        { rule: "R16" },
      );
}

/** The 404 for an agreement that does not exist or that the caller may not see: the same answer. */
export const agreementNotFound = (letterId: string) =>
  problemOf(404, "agreement-not-found", `No agreement ${letterId}`);
