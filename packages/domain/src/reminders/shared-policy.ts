// D-31: the reminder policy binds both principal parties, so it is a fact of the letter: the
// letter's head keeps the policy in force (who proposed and who accepted it) and at most one
// pending proposal. Both are bounded (two small objects), whatever the history.
import * as z from "zod/mini";
import { CalendarDate } from "../calendar/calendar-date";
import { SealedName } from "../organisation/actor";
import { OrgNumber } from "../organisation/org-number";
import {
  DEFAULT_LETTER_REMINDER_POLICY,
  LetterReminderPolicy,
  type ReminderPolicy,
  reminderPolicyOf,
} from "./reminder-policy";

/** A person acting for a principal party on a shared setting (the trail shows both). */
export const PolicyActor = /* @__PURE__ */ z.object({
  orgNumber: OrgNumber,
  sub: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(200)),
  name: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(z.maxLength(200))),
  /** D-58: the name sealed with the person's key (views open it). */
  sealedName: /* @__PURE__ */ z.optional(SealedName),
});
export type PolicyActor = z.infer<typeof PolicyActor>;

/** A change of the reminder policy one principal party proposed and the other has not answered. */
export const PolicyProposal = /* @__PURE__ */ z.object({
  proposalId: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(100)),
  policy: LetterReminderPolicy,
  proposedOn: CalendarDate,
  proposedBy: PolicyActor,
});
export type PolicyProposal = z.infer<typeof PolicyProposal>;

/** The policy in force: a proposal the other party accepted. */
export const AgreedPolicy = /* @__PURE__ */ z.extend(PolicyProposal, {
  acceptedOn: CalendarDate,
  acceptedBy: PolicyActor,
});
export type AgreedPolicy = z.infer<typeof AgreedPolicy>;

/** The letter's shared reminder policy: the agreed one (null: the default, D-25) and a pending one. */
export const SharedReminderPolicy = /* @__PURE__ */ z.object({
  agreed: /* @__PURE__ */ z.nullable(AgreedPolicy),
  pending: /* @__PURE__ */ z.nullable(PolicyProposal),
});
export type SharedReminderPolicy = z.infer<typeof SharedReminderPolicy>;

/** A letter with no policy agreed and nothing proposed. */
export const NO_SHARED_POLICY: SharedReminderPolicy = { agreed: null, pending: null };

/**
 * The policy in force for a letter's reminders (the default of D-25 until both parties agreed
 * on another), and the day it took effect (null: it has been in force from the start).
 */
export function policyInForce(shared: SharedReminderPolicy | undefined): {
  policy: LetterReminderPolicy;
  since: CalendarDate | null;
} {
  const agreed = shared?.agreed;
  return agreed
    ? { policy: agreed.policy, since: agreed.acceptedOn }
    : { policy: DEFAULT_LETTER_REMINDER_POLICY, since: null };
}

/** The run's policy for a letter (R22): the lead times in force, and since when (D-31). */
export function letterReminderPolicy(letter: {
  readonly reminderPolicy?: SharedReminderPolicy | undefined;
}): ReminderPolicy {
  const { policy, since } = policyInForce(letter.reminderPolicy);
  return reminderPolicyOf(policy, since);
}
