import type { CalendarDate } from "../calendar/calendar-date";
import { date } from "../calendar/calendar-date";
import { decideLetter } from "../letter/letter-decide";
import type { LetterEvent } from "../letter/letter-events";
import { foldLetter } from "../letter/letter-evolve";
import type { Organisation } from "../organisation/actor";
import { orgNumber, parseOrgNumber } from "../organisation/org-number";
import type { Result } from "../rules/result";
import { violation } from "../rules/rule-violation";
import type { Terms } from "../terms/terms";
import type { FocusArea } from "../vocabulary/focus-areas";

/** R1: the ideell förening Norrbottens Kommuner, party (1) of the letter. */
export const NORRBOTTENS_KOMMUNER: Organisation = {
  orgNumber: /* @__PURE__ */ orgNumber("222000-0653"),
  name: "Norrbottens Kommuner",
};

/** R1: Luleå tekniska universitet, party (2); the scan's "202100-284I" is OCR noise. */
export const LULEA_TEKNISKA_UNIVERSITET: Organisation = {
  orgNumber: /* @__PURE__ */ orgNumber("202100-2841"),
  name: "Luleå tekniska universitet",
};

/** R3: the 14 northernmost municipalities NoK represents (*Kommunal utveckling och tillväxt*). */
export const NORRBOTTEN_MUNICIPALITIES = [
  "Arjeplog",
  "Arvidsjaur",
  "Boden",
  "Gällivare",
  "Haparanda",
  "Jokkmokk",
  "Kalix",
  "Kiruna",
  "Luleå",
  "Pajala",
  "Piteå",
  "Älvsbyn",
  "Överkalix",
  "Övertorneå",
] as const;
export type NorrbottenMunicipality = (typeof NORRBOTTEN_MUNICIPALITIES)[number];

/** The letter's terms: three months' notice (*Giltighet*), two dialogs a year, D-3's 14 days, a yearly follow-up. */
export const LTU_NOK_TERMS: Terms = {
  noticeMonths: 3,
  dialogsPerYear: 2,
  basisLeadDays: 14,
  structureReviewsPerYear: 1,
};

/** R4: the letter covers all five focus areas of *Syfte*. */
export const LTU_NOK_FOCUS_AREAS: readonly FocusArea[] = [
  "competence-development",
  "health-and-care",
  "digitalisation",
  "education",
  "research-development-innovation",
];

export const LTU_NOK_TITLE =
  "Avsiktsförklaring om strategisk samverkan mellan Luleå tekniska universitet och Norrbottens Kommuner";

/**
 * D-10: the scan shows no signing date (R17). Where the letter is loaded as signed without a
 * configured date, both parties are taken to have signed on this day. An assumption, not a fact.
 */
export const LTU_NOK_ASSUMED_SIGNED_ON: CalendarDate = /* @__PURE__ */ date("2025-10-01");

/**
 * The member municipalities as organisations, from configured organisation numbers (R3: the
 * letter gives none, so none are invented). Municipalities without a configured number are left
 * out; an unknown name or an invalid number is an error.
 *
 * @example ltuNokMembers({ Kiruna: "212000-2817" })
 */
export function ltuNokMembers(
  orgNumbersByName: Readonly<Record<string, string>>,
): Result<Organisation[]> {
  const members: Organisation[] = [];
  for (const [name, number] of Object.entries(orgNumbersByName)) {
    if (!(NORRBOTTEN_MUNICIPALITIES as readonly string[]).includes(name)) {
      return {
        ok: false,
        violation: violation(
          "R3",
          "unknown-municipality",
          `${name} is not one of NoK's 14 municipalities`,
        ),
      };
    }
    const parsed = parseOrgNumber(number);
    if (!parsed.ok) return parsed;
    members.push({ orgNumber: parsed.value, name });
  }
  return { ok: true, value: members };
}

/** How to load the LTU–NoK letter as signed. */
export interface SignedLtuNokOptions {
  readonly letterId: string;
  readonly signedOn?: CalendarDate;
  readonly members?: readonly Organisation[];
  /** Who signs for each party (their subject and name); a subject `seed` without a name if absent. */
  readonly signers?: Readonly<Record<string, { readonly sub: string; readonly name?: string }>>;
}

/**
 * The events of the LTU–NoK letter drafted and signed by both parties, produced through the
 * letter's own `decide` so that the seed obeys the same rules as any other letter.
 */
export function signedLtuNokLetterEvents(options: SignedLtuNokOptions): LetterEvent[] {
  const signedOn = options.signedOn ?? LTU_NOK_ASSUMED_SIGNED_ON;
  const parties = [NORRBOTTENS_KOMMUNER, LULEA_TEKNISKA_UNIVERSITET] as [
    Organisation,
    Organisation,
  ];
  const seedActor = (org: Organisation) => ({
    ...(options.signers?.[org.orgNumber] ?? { sub: "seed" }),
    orgNumber: org.orgNumber,
    roles: ["signatory" as const, "coordinator" as const],
  });
  const events: LetterEvent[] = [];
  const commands = [
    {
      type: "DraftLetter" as const,
      actor: seedActor(NORRBOTTENS_KOMMUNER),
      letterId: options.letterId,
      title: LTU_NOK_TITLE,
      parties,
      terms: LTU_NOK_TERMS,
      focusAreas: [...LTU_NOK_FOCUS_AREAS],
      memberOrganisations: [...(options.members ?? [])],
      draftedOn: signedOn,
    },
    ...parties.map((party) => ({ type: "SignLetter" as const, actor: seedActor(party), signedOn })),
  ];
  for (const command of commands) {
    const decision = decideLetter(command, foldLetter(events));
    if (!decision.ok)
      throw new Error(
        `The LTU–NoK seed broke ${decision.violation.rule}: ${decision.violation.message}`,
      );
    events.push(...decision.events);
  }
  return events;
}

/**
 * R3: the organisations a letter's principal parties represent: NoK's member municipalities when
 * NoK is a party, none otherwise. They see the letter and raise needs (R6).
 *
 * @example membersRepresented([NORRBOTTENS_KOMMUNER, LULEA_TEKNISKA_UNIVERSITET], configured) // configured
 */
export function membersRepresented(
  parties: readonly Organisation[],
  municipalities: readonly Organisation[],
): Organisation[] {
  const nokIsParty = parties.some((party) => party.orgNumber === NORRBOTTENS_KOMMUNER.orgNumber);
  return nokIsParty ? [...municipalities] : [];
}
