import type { OrgNumber } from "../organisation/org-number";
import { accept, type Decision, firstViolation, refuse, violation } from "../rules/rule-violation";
import { checkInForceOn } from "./letter-checks";
import type { LetterCommandOf } from "./letter-commands";
import type { LetterEvent } from "./letter-events";
import type { LetterOfIntent, NeedSource } from "./letter-model";

/** Who `orgNumber` is to this letter as a source of needs (R6), if anyone. */
function needSourceOf(letter: LetterOfIntent, orgNumber: OrgNumber): NeedSource | undefined {
  const { parties, memberOrganisations } = letter;
  if (parties.some((party) => party.orgNumber === orgNumber)) return { kind: "party", orgNumber };
  if (memberOrganisations.some((member) => member.orgNumber === orgNumber)) {
    return { kind: "municipality", orgNumber };
  }
  return undefined;
}

/**
 * R6: a need is raised by a member municipality or a principal party (or at a dialog), and records
 * who raised it, when, and which focus areas it touches (R4).
 * @clause Forskning, utveckling och innovation
 */
export function decideRegisterNeed(
  command: LetterCommandOf<"RegisterNeed">,
  letter: LetterOfIntent,
): Decision<LetterEvent> {
  const { need, raisedBy, raisedOn, dialogId } = command;
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
      dialogId && !letter.dialogs.some((d) => d.dialogId === dialogId)
        ? violation("R6", "dialog-not-found", `No dialog ${dialogId} is scheduled for this letter`)
        : undefined,
    () =>
      letter.needs.some((n) => n.needId === need.needId)
        ? violation("R6", "need-exists", `Need ${need.needId} already exists`)
        : undefined,
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
