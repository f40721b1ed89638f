import * as z from "zod/mini";
import { type CalendarDate, CalendarDate as CalendarDateSchema } from "../calendar/calendar-date";
import type { Check } from "../rules/rule-violation";
import { firstViolation, violation } from "../rules/rule-violation";
import { type Actor, Role } from "./actor";
import { OrgNumber } from "./org-number";

// R25: substitutes (ersättare). The letter does not name them; they are the product's rule that
// keeps R16 ("each party speaks for itself") true when the people who speak for a party are
// away. A signatory or coordinator appoints a person of their own organisation for a date range;
// while it runs the substitute may do what the appointer could when they appointed, and every act
// is recorded as the substitute's "for" the appointer. It ends by itself after its last day.

/** A person may have at most this many substitutions not yet ended, as appointer or substitute. */
export const MAX_SUBSTITUTIONS_PER_PERSON = 5;
/** An organisation keeps at most this many substitutions not yet ended. */
export const MAX_SUBSTITUTIONS_PER_ORGANISATION = 200;
/** The longest substitution, first and last day included: about a year of leave. */
export const MAX_SUBSTITUTION_DAYS = 366;

const Sub = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(200));

/** One substitution: who stands in for whom, from which day to which day (both included). */
export const Substitution = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(100)),
  orgNumber: OrgNumber,
  /** The person who is away (the token's `sub`). */
  appointer: Sub,
  /** The person who acts for them, of the same organisation. */
  substitute: Sub,
  /** What the appointer could do when they appointed: all the substitute may do for them. */
  roles: /* @__PURE__ */ z.array(Role).check(z.minLength(1), z.maxLength(Role.options.length)),
  from: CalendarDateSchema,
  to: CalendarDateSchema,
  appointedOn: CalendarDateSchema,
});
export type Substitution = z.infer<typeof Substitution>;

/** What a person asks for when they appoint a substitute. */
export interface Appointment {
  readonly substitute: string;
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

const DAY_MS = 86_400_000;
const daysFromTo = (from: CalendarDate, to: CalendarDate) =>
  Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1;

/** A substitution has not ended on `today` (it may not have begun yet). */
export const notEnded = (substitution: Substitution, today: CalendarDate) =>
  substitution.to >= today;

/** A substitution runs on `today`: its first day has come and its last has not passed. */
export const runsOn = (substitution: Substitution, today: CalendarDate) =>
  substitution.from <= today && today <= substitution.to;

/** The roles an appointer gives away: those that speak for the organisation (R16). */
const actingRoles = (actor: Actor) => actor.roles.filter((role) => role !== "viewer");

/**
 * R25: may `actor` appoint this substitute on `today`, given the organisation's substitutions not
 * yet ended? A substitute cannot appoint one (also not while acting for someone); a range starting
 * before today, ending before it starts or longer than `MAX_SUBSTITUTION_DAYS` is refused; each
 * person is in at most `MAX_SUBSTITUTIONS_PER_PERSON`, the organisation at most
 * `MAX_SUBSTITUTIONS_PER_ORGANISATION`.
 */
export function checkAppointment(
  actor: Actor,
  appointment: Appointment,
  current: readonly Substitution[],
  today: CalendarDate,
): Check {
  const open = current.filter((s) => s.orgNumber === actor.orgNumber && notEnded(s, today));
  const countOf = (sub: string) =>
    open.filter((s) => s.appointer === sub || s.substitute === sub).length;
  return firstViolation(
    () =>
      actor.onBehalfOf
        ? violation(
            "R25",
            "substitute-cannot-appoint",
            "A substitute cannot appoint a substitute; the person they act for can",
          )
        : undefined,
    () =>
      actingRoles(actor).length === 0
        ? violation(
            "R25",
            "signatory-or-coordinator-required",
            "Only a signatory or a coordinator appoints a substitute",
          )
        : undefined,
    () =>
      appointment.substitute === actor.sub
        ? violation("R25", "substitute-is-appointer", "A person cannot be their own substitute")
        : undefined,
    () =>
      appointment.from < today
        ? violation(
            "R25",
            "substitution-starts-in-the-past",
            `A substitution starts today (${today}) or later, not ${appointment.from}`,
            { today },
          )
        : undefined,
    () =>
      appointment.to < appointment.from
        ? violation(
            "R25",
            "substitution-ends-before-it-starts",
            `The last day ${appointment.to} is before the first day ${appointment.from}`,
          )
        : undefined,
    () =>
      daysFromTo(appointment.from, appointment.to) > MAX_SUBSTITUTION_DAYS
        ? violation(
            "R25",
            "substitution-too-long",
            `A substitution lasts at most ${MAX_SUBSTITUTION_DAYS} days`,
            { max: MAX_SUBSTITUTION_DAYS },
          )
        : undefined,
    () =>
      open.some(
        (s) =>
          s.appointer === appointment.substitute &&
          s.substitute === actor.sub &&
          s.from <= appointment.to &&
          appointment.from <= s.to,
      )
        ? violation(
            "R25",
            "substitute-cannot-appoint",
            "The substitute stands in for you in these days; they cannot also be yours",
          )
        : undefined,
    () =>
      countOf(actor.sub) >= MAX_SUBSTITUTIONS_PER_PERSON ||
      countOf(appointment.substitute) >= MAX_SUBSTITUTIONS_PER_PERSON
        ? violation(
            "R25",
            "too-many-substitutions-for-person",
            `A person is in at most ${MAX_SUBSTITUTIONS_PER_PERSON} substitutions not yet ended`,
            { max: MAX_SUBSTITUTIONS_PER_PERSON },
          )
        : undefined,
    () =>
      open.length >= MAX_SUBSTITUTIONS_PER_ORGANISATION
        ? violation(
            "R25",
            "too-many-substitutions-for-organisation",
            `An organisation has at most ${MAX_SUBSTITUTIONS_PER_ORGANISATION} substitutions not yet ended`,
            { max: MAX_SUBSTITUTIONS_PER_ORGANISATION },
          )
        : undefined,
  );
}

/** R25: the substitution `actor` makes, or the rule that refused it. */
export function decideAppointment(
  actor: Actor,
  appointment: Appointment,
  current: readonly Substitution[],
  today: CalendarDate,
  id: string,
): { ok: true; substitution: Substitution } | { ok: false; violation: NonNullable<Check> } {
  const refused = checkAppointment(actor, appointment, current, today);
  if (refused) return { ok: false, violation: refused };
  return {
    ok: true,
    substitution: {
      id,
      orgNumber: actor.orgNumber,
      appointer: actor.sub,
      substitute: appointment.substitute,
      roles: actingRoles(actor),
      from: appointment.from,
      to: appointment.to,
      appointedOn: today,
    },
  };
}

/**
 * R25: a substitution is revoked by its appointer or by a coordinator of the organisation, never
 * by someone acting for another (a substitute cannot undo or extend what they were given).
 */
export function checkRevocation(actor: Actor, substitution: Substitution): Check {
  if (actor.onBehalfOf)
    return violation(
      "R25",
      "substitute-cannot-revoke",
      "Acting for someone, you cannot revoke substitutions",
    );
  if (actor.orgNumber !== substitution.orgNumber)
    return violation("R25", "not-own-organisation", "A substitution of another organisation");
  if (actor.sub === substitution.appointer || actor.roles.includes("coordinator")) return undefined;
  return violation(
    "R25",
    "appointer-or-coordinator-required",
    "Only the person who appointed the substitute, or a coordinator, revokes it",
  );
}

/**
 * R25: the actor a substitute is while acting for the appointer on `today`: the substitute's own
 * subject and name, the appointer's roles at appointment, and whom they act for. Undefined when
 * the substitution does not let this person act today (not theirs, not begun, ended).
 */
export function actingFor(
  substitute: Actor,
  substitution: Substitution,
  today: CalendarDate,
): Actor | undefined {
  if (substitute.onBehalfOf) return undefined;
  if (substitution.orgNumber !== substitute.orgNumber) return undefined;
  if (substitution.substitute !== substitute.sub) return undefined;
  if (!runsOn(substitution, today)) return undefined;
  return {
    sub: substitute.sub,
    ...(substitute.name ? { name: substitute.name } : {}),
    orgNumber: substitute.orgNumber,
    roles: [...substitution.roles],
    onBehalfOf: { sub: substitution.appointer },
  };
}
