// The letter's own data is its template file (D-45); these names are kept for its seed and tests.
import ltuNok from "../../templates/ltu-nok.json";
import type { CalendarDate } from "../calendar/calendar-date";
import { date } from "../calendar/calendar-date";
import type { LetterEvent } from "../letter/letter-events";
import type { Organisation } from "../organisation/actor";
import { orgNumber, parseOrgNumber } from "../organisation/org-number";
import type { Result } from "../rules/result";
import { violation } from "../rules/rule-violation";
import type { LetterTemplate } from "../templates/letter-template";
import { builtInTemplate, builtInTemplates } from "../templates/template-catalogue";
import { signedTemplateLetterEvents } from "../templates/template-letter";
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
export const NORRBOTTEN_MUNICIPALITIES: readonly string[] = ltuNok.memberOrganisations.names;
export type NorrbottenMunicipality = string;

/** The letter's terms, from its template: three months' notice (*Giltighet*), two dialogs a year, D-3's 14 days, a yearly follow-up. */
export const LTU_NOK_TERMS: Terms = ltuNok.terms as Terms;

/** R4: the letter covers all five focus areas of *Syfte* (its template's). */
export const LTU_NOK_FOCUS_AREAS: readonly FocusArea[] = ltuNok.focusAreas.map((area) => area.id);

export const LTU_NOK_TITLE: string = ltuNok.title.sv;

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
  const template = builtInTemplate(ltuNok.id, ltuNok.version);
  if (!template) throw new Error("The LTU–NoK template is missing");
  return signedTemplateLetterEvents(template, {
    ...options,
    signedOn: options.signedOn ?? LTU_NOK_ASSUMED_SIGNED_ON,
    parties: [NORRBOTTENS_KOMMUNER, LULEA_TEKNISKA_UNIVERSITET],
  });
}

/**
 * R3: the organisations a letter's principal parties represent, read from a template (D-45): the
 * configured organisations named in its `memberOrganisations`. A letter drafted without a
 * template takes the members of the built-in template whose representing party (its `usual`
 * organisation) is one of the letter's parties; none otherwise.
 *
 * @example membersRepresented([NORRBOTTENS_KOMMUNER, LULEA_TEKNISKA_UNIVERSITET], configured) // configured
 */
export function membersRepresented(
  parties: readonly Organisation[],
  configured: readonly Organisation[],
  template?: LetterTemplate,
): Organisation[] {
  const represents = (t: LetterTemplate) => {
    const members = t.memberOrganisations;
    const usual = members ? t.parties[members.representedBy]?.usual : undefined;
    return usual !== undefined && parties.some((party) => party.orgNumber === usual.orgNumber);
  };
  const from = template ?? builtInTemplates().find(represents);
  const names = from?.memberOrganisations?.names ?? [];
  return configured.filter((organisation) => names.includes(organisation.name));
}
