import { NotAllowed } from "@samverkan/core";
import type { LetterOfIntent } from "@samverkan/domain";
import type { Caller } from "./caller";

// Who may do what, at the edge (api.md's roles). Which organisation a signatory may sign for,
// and who may register which need, are rules of the letter and live in the domain (R16).

const isParty = (caller: Caller, letter: LetterOfIntent) =>
  letter.parties.some((p) => p.orgNumber === caller.orgNumber);

/** A coordinator of one of the letter's principal parties, or why not. */
export function requireCoordinatorOfParty(caller: Caller, letter: LetterOfIntent) {
  if (!caller.roles.includes("coordinator"))
    return new NotAllowed({
      code: "coordinator-role-required",
      message: "Only a coordinator may do this",
    });
  if (!isParty(caller, letter))
    return new NotAllowed({
      code: "not-a-principal-party",
      message: "Only a coordinator of a principal party may do this",
    });
  return undefined;
}

/** A caller with the `signatory` role; which organisation they may sign for is the domain's R16. */
export function requireSignatory(caller: Caller) {
  return caller.roles.includes("signatory")
    ? undefined
    : new NotAllowed({
        code: "signatory-role-required",
        message: "Only an authorised signatory may sign or give notice",
        rule: "R16",
      });
}

/** Any coordinator (of a party or a member municipality): the domain says what each may do. */
export function requireCoordinator(caller: Caller) {
  return caller.roles.includes("coordinator")
    ? undefined
    : new NotAllowed({
        code: "coordinator-role-required",
        message: "Only a coordinator may do this",
      });
}
