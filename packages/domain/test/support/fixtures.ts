import Organisationsnummer from "organisationsnummer";
import {
  type Actor,
  LULEA_TEKNISKA_UNIVERSITET,
  NORRBOTTENS_KOMMUNER,
  type Organisation,
  orgNumber,
  type Role,
} from "../../src/index";

export const NOK = NORRBOTTENS_KOMMUNER;
export const LTU = LULEA_TEKNISKA_UNIVERSITET;

/**
 * A made-up but valid organisationsnummer for test parties: the library picks the check digit.
 * Test data only; real municipalities' numbers come from configuration (R3).
 */
export function testOrg(firstNine: string, name: string): Organisation {
  const digit = [..."0123456789"].find((d) => Organisationsnummer.valid(firstNine + d));
  if (!digit) throw new Error(`No check digit makes ${firstNine} valid`);
  return { orgNumber: orgNumber(firstNine + digit), name };
}

export const KIRUNA = testOrg("212000281", "Kiruna");
export const PITEA = testOrg("212000273", "Piteå");
export const RISE = testOrg("556464687", "RISE (project party)");
export const OUTSIDER = testOrg("556036079", "Outsider AB");

export function actor(
  org: Organisation,
  roles: Role[],
  sub = `${org.name.toLowerCase()}-person`,
): Actor {
  return { sub, name: `A person at ${org.name}`, orgNumber: org.orgNumber, roles };
}

export const signatoryOf = (org: Organisation) => actor(org, ["signatory"]);
export const coordinatorOf = (org: Organisation) => actor(org, ["coordinator"]);
export const viewerOf = (org: Organisation) => actor(org, ["viewer"]);

/** LTU plans a Vinnova application on 1 June 2026 with NoK (`extra` changes any field). */
export const planFunding = (extra: Record<string, unknown> = {}) => ({
  type: "PlanFundingApplication" as const,
  actor: coordinatorOf(LTU),
  applicationId: "vinnova-2026",
  funder: "Vinnova",
  call: "Innovative municipalities 2026",
  submissionDeadline: "2026-09-15",
  amountRequestedSek: 4_500_000,
  applicantParties: [LTU.orgNumber, "2220000653"],
  linkedActivityIds: ["act-1"],
  plannedOn: "2026-06-01",
  ...extra,
});
