import * as z from "zod/mini";
import { CalendarDate } from "../calendar/calendar-date";
import { EntityId, Signature } from "../letter/letter-model";
import { Organisation } from "../organisation/actor";
import { OrgNumber } from "../organisation/org-number";
import { ActivityKind } from "../vocabulary/activity-kinds";
import { FocusAreas } from "../vocabulary/focus-areas";

/**
 * The special agreement (särskilt avtal) that regulates one activity (R14). Its parties are fixed
 * when a version is drafted; a new version starts with no signatures.
 */
export const SpecialAgreement = /* @__PURE__ */ z.object({
  version: /* @__PURE__ */ z.int().check(z.minimum(1)),
  /** The agreement's parties: both principal parties and every other project party. */
  parties: /* @__PURE__ */ z.array(Organisation).check(z.minLength(2)),
  terms: /* @__PURE__ */ z.string().check(z.maxLength(20_000)),
  draftedOn: CalendarDate,
  signatures: /* @__PURE__ */ z.array(Signature),
  /**
   * D-63: the letter's terms when this version was drafted. `false`: the activity may start
   * without the signatures (`specialAgreement.required: false`); absent = required (R14).
   */
  required: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /**
   * D-63: the parties who sign (`specialAgreement.signedBy: "principal-parties"`: the two
   * principal parties); absent = every party.
   */
  signatories: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(OrgNumber)),
});
export type SpecialAgreement = z.infer<typeof SpecialAgreement>;

/** A concrete activity of the collaboration (R4, R5, R8, R14), folded from its events. */
export const Activity = /* @__PURE__ */ z.object({
  activityId: EntityId,
  letterId: EntityId,
  title: /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  kind: ActivityKind,
  focusAreas: FocusAreas,
  needIds: /* @__PURE__ */ z.array(EntityId).check(z.minLength(1)),
  definedOn: CalendarDate,
  specialAgreement: SpecialAgreement,
  startedOn: /* @__PURE__ */ z.nullable(CalendarDate),
  completedOn: /* @__PURE__ */ z.nullable(CalendarDate),
  outcome: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  /** Set when the letter ended while the activity ran (R20): its parties should review it. */
  flaggedForReviewOn: /* @__PURE__ */ z.nullable(CalendarDate),
  version: /* @__PURE__ */ z.int().check(z.minimum(0)),
});
export type Activity = z.infer<typeof Activity>;

/** The parties who sign this version (R14, D-63): all of them unless the terms named fewer. */
export function signatoriesOf(agreement: SpecialAgreement): Organisation[] {
  const only = agreement.signatories;
  return only
    ? agreement.parties.filter((party) => only.includes(party.orgNumber))
    : agreement.parties;
}

/**
 * The parties whose signature the current version still needs before the activity starts (R14).
 * None when the terms at drafting did not require a special agreement (D-63): nothing then waits
 * for a signature, so nobody is reminded or listed as owing one.
 */
export function missingSignatories(agreement: SpecialAgreement): Organisation[] {
  if (agreement.required === false) return [];
  return signatoriesOf(agreement).filter(
    (party) => !agreement.signatures.some((signature) => signature.orgNumber === party.orgNumber),
  );
}

/**
 * R20: the special agreements to flag for review when the letter ends: those of activities that
 * run (started, not completed) and are not flagged yet. The letter's end does not end them.
 */
export function runningAgreementsToFlag(activities: readonly Activity[]): Activity[] {
  return activities.filter((a) => a.startedOn && !a.completedOn && !a.flaggedForReviewOn);
}
