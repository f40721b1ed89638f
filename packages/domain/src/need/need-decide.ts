import type { Dialog } from "../dialog/dialog-model";
import { checkInForceOn } from "../letter/letter-checks";
import type { LetterOfIntent } from "../letter/letter-model";
import type { Actor } from "../organisation/actor";
import type { OrgNumber } from "../organisation/org-number";
import { checkDated } from "../rules/dated-facts";
import { accept, type Decision, firstViolation, refuse, violation } from "../rules/rule-violation";
import type { NeedCommand } from "./need-commands";
import type { NeedEvent } from "./need-events";
import type { Need, NeedSource } from "./need-model";

/**
 * What registering a need reads: the letter, the need if its id is taken, and the dialog it names
 * (null when it names none or no such dialog exists).
 */
export interface NeedState {
  readonly letter: LetterOfIntent;
  readonly need: Need | null;
  readonly dialog: Dialog | null;
}

/** Who `orgNumber` is to this letter as a source of needs (R6), if anyone. */
function needSourceOf(letter: LetterOfIntent, orgNumber: OrgNumber): NeedSource | undefined {
  if (letter.parties.some((party) => party.orgNumber === orgNumber))
    return { kind: "party", orgNumber };
  if (letter.memberOrganisations.some((member) => member.orgNumber === orgNumber)) {
    return { kind: "municipality", orgNumber };
  }
  return undefined;
}

/**
 * R16: a coordinator of a principal party registers needs for whoever raised them; a member
 * municipality's coordinator registers only the needs it raises itself.
 */
function checkMayRegister(letter: LetterOfIntent, actor: Actor, raisedBy: OrgNumber) {
  if (!actor.roles.includes("coordinator")) {
    return violation("R16", "coordinator-role-required", "Only a coordinator may register needs");
  }
  if (letter.parties.some((party) => party.orgNumber === actor.orgNumber)) return undefined;
  const member = letter.memberOrganisations.some((m) => m.orgNumber === actor.orgNumber);
  if (member && raisedBy === actor.orgNumber) return undefined;
  return violation(
    "R16",
    "not-allowed-to-register-need",
    "A municipality registers only the needs it raises itself",
  );
}

/** R4: a need touches only the letter's own focus areas (its template's, D-45). */
function checkFocusAreasOf(letter: LetterOfIntent, areas: readonly string[]) {
  const outside = areas.filter((area) => !letter.focusAreas.includes(area));
  return outside.length > 0
    ? violation(
        "R4",
        "focus-area-outside-letter",
        `The letter does not cover: ${outside.join(", ")}`,
        {
          focusAreas: outside,
        },
      )
    : undefined;
}

/**
 * R6: a need is raised by a member municipality or a principal party (or at a dialog), and records
 * who raised it, when, and which focus areas it touches (R4).
 * @clause Forskning, utveckling och innovation
 */
export function decideNeed(command: NeedCommand, state: NeedState): Decision<NeedEvent> {
  const { letter } = state;
  const { need, raisedBy, raisedOn, dialogId, actor } = command;
  const permission = checkMayRegister(letter, actor, raisedBy);
  if (permission) return refuse(permission);
  const source = needSourceOf(letter, raisedBy);
  if (!source) {
    return refuse(
      violation(
        "R6",
        "unknown-need-source",
        `${raisedBy} is neither a principal party nor a member municipality of this letter`,
      ),
    );
  }
  const refusal = firstViolation(
    () =>
      dialogId && state.dialog?.dialogId !== dialogId
        ? violation("R6", "dialog-not-found", `No dialog ${dialogId} is scheduled for this letter`)
        : undefined,
    () =>
      state.need ? violation("R6", "need-exists", `Need ${need.needId} already exists`) : undefined,
    () => checkFocusAreasOf(letter, need.focusAreas),
    () => checkDated("R6", "A need raised", raisedOn, command.today),
    () => checkInForceOn(letter, raisedOn, "A need"),
  );
  if (refusal) return refuse(refusal);
  return accept({
    type: "NeedRegistered",
    ...need,
    raisedBy: source,
    raisedOn,
    ...(dialogId ? { dialogId } : {}),
  });
}
