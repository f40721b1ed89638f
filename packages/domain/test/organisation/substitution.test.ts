import { describe, expect, it } from "vitest";
import {
  Actor,
  actingFor,
  addDays,
  type CalendarDate,
  checkAppointment,
  checkRevocation,
  date,
  decideAppointment,
  MAX_SUBSTITUTION_DAYS,
  MAX_SUBSTITUTIONS_PER_ORGANISATION,
  MAX_SUBSTITUTIONS_PER_PERSON,
  type Substitution,
} from "../../src/index";
import { signedByOf } from "../../src/organisation/authority";
import { actor, KIRUNA, LTU } from "../support/fixtures";

// `today` is an input of the pure rule: every date below is relative to it.
const today = date("2026-03-02");
const anna = actor(LTU, ["signatory", "coordinator"], "anna");
const bo = actor(LTU, ["viewer"], "bo");
const cia = actor(LTU, ["coordinator"], "cia");
const week = { substitute: "bo", from: today, to: addDays(today, 6) };

const made = (by = anna, appointment = week, current: Substitution[] = [], id = "s1") => {
  const decided = decideAppointment(by, appointment, current, today, id);
  if (!decided.ok) throw new Error(decided.violation.code);
  return decided.substitution;
};
const codeOf = (by: Actor, appointment: typeof week, current: Substitution[] = []) =>
  checkAppointment(by, appointment, current, today)?.code;

describe("R25 substitutes act for an absent signatory or coordinator", () => {
  it("R25 a signatory appoints a person of their organisation, who gets the appointer's roles at appointment", () => {
    const substitution = made();
    expect(substitution).toMatchObject({
      orgNumber: LTU.orgNumber,
      appointer: "anna",
      substitute: "bo",
      roles: ["signatory", "coordinator"],
      from: today,
      to: addDays(today, 6),
      appointedOn: today,
    });
    const acting = actingFor(bo, substitution, addDays(today, 3));
    expect(acting).toEqual({
      sub: "bo",
      name: bo.name,
      orgNumber: LTU.orgNumber,
      roles: ["signatory", "coordinator"],
      onBehalfOf: { sub: "anna" },
    });
  });

  it("R25 the trail records X for Y: a substitute's signature names whom it was signed for", () => {
    const acting = actingFor(bo, made(), today) as Actor;
    expect(signedByOf(acting)).toEqual({ sub: "bo", name: bo.name, onBehalfOf: { sub: "anna" } });
    expect(signedByOf(anna)).toEqual({ sub: "anna", name: anna.name });
  });

  it("R25 events recorded before substitutes existed still parse (onBehalfOf is optional)", () => {
    expect(Actor.parse({ sub: "anna", orgNumber: LTU.orgNumber, roles: ["signatory"] })).toEqual({
      sub: "anna",
      orgNumber: LTU.orgNumber,
      roles: ["signatory"],
    });
  });

  it("R25 a substitution ends by itself: it lets no one act before its first or after its last day", () => {
    const later = made(anna, { ...week, from: addDays(today, 2), to: addDays(today, 4) });
    expect(actingFor(bo, later, addDays(today, 1))).toBeUndefined();
    expect(actingFor(bo, later, addDays(today, 2))).toBeDefined();
    expect(actingFor(bo, later, addDays(today, 4))).toBeDefined();
    expect(actingFor(bo, later, addDays(today, 5))).toBeUndefined();
  });

  it("R25 only the named substitute of the same organisation acts by it", () => {
    const substitution = made();
    expect(actingFor(cia, substitution, today)).toBeUndefined();
    expect(actingFor(actor(KIRUNA, ["viewer"], "bo"), substitution, today)).toBeUndefined();
  });

  it("edge R25: a substitute cannot appoint a substitute, also not while acting for someone", () => {
    const acting = actingFor(bo, made(), today) as Actor;
    expect(codeOf(acting, { substitute: "cia", from: today, to: today })).toBe(
      "substitute-cannot-appoint",
    );
    // Nor can the appointer name, as theirs, the person they stand in for in those days.
    const boForAnna = made(anna, week);
    const annaForBo = { ...week, substitute: "anna" };
    expect(codeOf({ ...bo, roles: ["signatory"] }, annaForBo, [boForAnna])).toBe(
      "substitute-cannot-appoint",
    );
    // And a substitute acting for someone cannot chain: acting gives no `actingFor` again.
    expect(actingFor(acting, boForAnna, today)).toBeUndefined();
  });

  it("edge R25: a substitution starting before today is refused", () => {
    expect(codeOf(anna, { ...week, from: addDays(today, -1) })).toBe(
      "substitution-starts-in-the-past",
    );
  });

  it("edge R25: a substitution ending before it starts is refused; one day is enough", () => {
    expect(codeOf(anna, { ...week, to: addDays(today, -1) })).toBe(
      "substitution-ends-before-it-starts",
    );
    expect(codeOf(anna, { ...week, to: today })).toBeUndefined();
  });

  it(`edge R25: a substitution lasts at most ${MAX_SUBSTITUTION_DAYS} days`, () => {
    expect(
      codeOf(anna, { ...week, to: addDays(today, MAX_SUBSTITUTION_DAYS - 1) }),
    ).toBeUndefined();
    expect(codeOf(anna, { ...week, to: addDays(today, MAX_SUBSTITUTION_DAYS) })).toBe(
      "substitution-too-long",
    );
  });

  it("edge R25: a viewer appoints no one, and no one is their own substitute", () => {
    expect(codeOf(bo, { ...week, substitute: "anna" })).toBe("signatory-or-coordinator-required");
    expect(codeOf(anna, { ...week, substitute: "anna" })).toBe("substitute-is-appointer");
  });

  it(`edge R25: a person is in at most ${MAX_SUBSTITUTIONS_PER_PERSON} substitutions not yet ended`, () => {
    const current = Array.from({ length: MAX_SUBSTITUTIONS_PER_PERSON }, (_, i) =>
      made(anna, { ...week, substitute: `person-${i}` }, [], `s${i}`),
    );
    expect(codeOf(anna, { ...week, substitute: "bo" }, current)).toBe(
      "too-many-substitutions-for-person",
    );
    // As substitute too: bo stands in for five people; a sixth cannot name him.
    const forBo = Array.from({ length: MAX_SUBSTITUTIONS_PER_PERSON }, (_, i) =>
      made(actor(LTU, ["signatory"], `p-${i}`), week, [], `b${i}`),
    );
    expect(codeOf(cia, week, forBo)).toBe("too-many-substitutions-for-person");
    // Ended substitutions do not count.
    const ended = current.map((s) => ({ ...s, to: addDays(today, -1) as CalendarDate }));
    expect(codeOf(anna, week, ended)).toBeUndefined();
  });

  it(`edge R25: an organisation has at most ${MAX_SUBSTITUTIONS_PER_ORGANISATION} substitutions not yet ended`, () => {
    const current = Array.from({ length: MAX_SUBSTITUTIONS_PER_ORGANISATION }, (_, i) =>
      made(actor(LTU, ["signatory"], `a-${i}`), { ...week, substitute: `s-${i}` }, [], `o${i}`),
    );
    expect(codeOf(anna, week, current)).toBe("too-many-substitutions-for-organisation");
    // Another organisation's substitutions are not this one's.
    const kiruna = current.map((s) => ({ ...s, orgNumber: KIRUNA.orgNumber }));
    expect(codeOf(anna, week, kiruna)).toBeUndefined();
  });

  it("R25 a substitution is revoked by its appointer or a coordinator, not by the substitute acting", () => {
    const substitution = made();
    expect(checkRevocation(anna, substitution)).toBeUndefined();
    expect(checkRevocation(cia, substitution)).toBeUndefined();
    expect(checkRevocation(bo, substitution)?.code).toBe("appointer-or-coordinator-required");
    const acting = actingFor(bo, substitution, today) as Actor;
    expect(checkRevocation(acting, substitution)?.code).toBe("substitute-cannot-revoke");
    expect(checkRevocation(actor(KIRUNA, ["coordinator"]), substitution)?.code).toBe(
      "not-own-organisation",
    );
  });
});
