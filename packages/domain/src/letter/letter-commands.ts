import * as z from "zod/mini";
import { CalendarDate } from "../calendar/calendar-date";
import { Today } from "../calendar/today";
import { Actor, Organisation } from "../organisation/actor";
import { LetterReminderPolicy } from "../reminders/reminder-policy";
import { TemplateRef } from "../templates/letter-template";
import { Terms } from "../terms/terms";
import { Summary } from "../text/summary";
import { FocusAreas } from "../vocabulary/focus-areas";
import { TermsChanges } from "./letter-amendment-model";
import { EntityId, GroupMember } from "./letter-model";

/**
 * What people (and the scheduled run) ask of a letter of intent. Every date a command needs is on
 * the command: the rules never read a clock (R21).
 */
export const LetterCommand = /* @__PURE__ */ z.discriminatedUnion("type", [
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("DraftLetter"),
    actor: Actor,
    letterId: EntityId,
    title: /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
    parties: /* @__PURE__ */ z.tuple([Organisation, Organisation]),
    terms: Terms,
    focusAreas: FocusAreas,
    /** D-45: the template and version it was drafted from; absent on letters drafted before. */
    template: /* @__PURE__ */ z.optional(TemplateRef),
    memberOrganisations: /* @__PURE__ */ z._default(/* @__PURE__ */ z.array(Organisation), []),
    draftedOn: CalendarDate,
    today: Today,
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("SignLetter"),
    actor: Actor,
    signedOn: CalendarDate,
    today: Today,
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("GiveTerminationNotice"),
    actor: Actor,
    receivedOn: CalendarDate,
    /** A later end than the earliest D-6 gives, if the party asks for one (D-20). */
    endsOn: /* @__PURE__ */ z.optional(CalendarDate),
    today: Today,
  }),
  /** D-33: a signatory of the other principal party acknowledges a notice recorded late. */
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("AcknowledgeTerminationNotice"),
    actor: Actor,
    acknowledgedOn: CalendarDate,
    today: Today,
  }),
  /** The scheduled run's record that a notice period is over (R18, R20). */
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("RecordLetterEnded"),
    asOf: CalendarDate,
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("SetCollaborationGroup"),
    actor: Actor,
    members: /* @__PURE__ */ z.array(GroupMember).check(z.minLength(1), z.maxLength(100)),
    setOn: CalendarDate,
    today: Today,
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("RecordStructureReview"),
    actor: Actor,
    year: /* @__PURE__ */ z.int().check(z.minimum(1900), z.maximum(2999)),
    reviewedOn: CalendarDate,
    summary: Summary,
    /** D-29: the day of the follow-up report the review was held on. */
    reportAsOf: /* @__PURE__ */ z.optional(CalendarDate),
    today: Today,
  }),
  /** D-31: a principal party proposes a new reminder policy; the other party answers it. */
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("ProposeReminderPolicy"),
    actor: Actor,
    proposalId: EntityId,
    policy: LetterReminderPolicy,
    on: CalendarDate,
  }),
  /** D-31: The other principal party accepts the pending proposal: it takes effect that day. */
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("AcceptReminderPolicy"),
    actor: Actor,
    proposalId: EntityId,
    on: CalendarDate,
  }),
  /** D-31: The other principal party declines the pending proposal: the policy stays as it was. */
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("DeclineReminderPolicy"),
    actor: Actor,
    proposalId: EntityId,
    on: CalendarDate,
  }),
  /** D-31: The proposing party withdraws its pending proposal. */
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("WithdrawReminderPolicy"),
    actor: Actor,
    proposalId: EntityId,
    on: CalendarDate,
  }),
  /** R26: a signatory of a principal party proposes a change of terms from `effectiveFrom`. */
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("ProposeAmendment"),
    actor: Actor,
    amendmentId: EntityId,
    effectiveFrom: CalendarDate,
    changes: TermsChanges,
    on: CalendarDate,
    today: Today,
  }),
  /** R26: a signatory of a principal party signs the pending amendment. */
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("SignAmendment"),
    actor: Actor,
    amendmentId: EntityId,
    signedOn: CalendarDate,
    today: Today,
  }),
  /** R26: a signatory of either principal party withdraws (or declines) the pending amendment. */
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("WithdrawAmendment"),
    actor: Actor,
    amendmentId: EntityId,
    on: CalendarDate,
    today: Today,
  }),
]);
export type LetterCommand = z.output<typeof LetterCommand>;
/** A command as untrusted input gives it, before `LetterCommand.parse`. */
export type LetterCommandInput = z.input<typeof LetterCommand>;

/** The command of one `type`, as `decide` receives it (after parsing). */
export type LetterCommandOf<Type extends LetterCommand["type"]> = Extract<
  LetterCommand,
  { type: Type }
>;
