import type { CalendarDate } from "../calendar/calendar-date";
import type { LetterCommand } from "../letter/letter-commands";
import { decideLetter } from "../letter/letter-decide";
import type { LetterEvent } from "../letter/letter-events";
import { foldLetter } from "../letter/letter-evolve";
import type { Organisation } from "../organisation/actor";
import type { LetterTemplate } from "./letter-template";
import { refOf } from "./template-catalogue";

/** What a draft takes from its template (D-45): terms, focus areas and the reference kept. */
export const draftedFrom = (template: LetterTemplate) => ({
  terms: template.terms,
  focusAreas: template.focusAreas.map((area) => area.id),
  template: refOf(template),
});

/** How to load a letter drafted from a template and signed by both principal parties. */
export interface SignedTemplateLetterOptions {
  readonly letterId: string;
  readonly signedOn: CalendarDate;
  /** The principal parties; the template's usual organisations when absent. */
  readonly parties?: readonly [Organisation, Organisation];
  readonly title?: string;
  readonly members?: readonly Organisation[];
  /** Who signs for each party (their subject and name); a subject `seed` without a name if absent. */
  readonly signers?: Readonly<Record<string, { readonly sub: string; readonly name?: string }>>;
}

/**
 * The events of a letter drafted from `template` and signed by both parties on one day, made
 * through the letter's own `decide`, so that a seed obeys the same rules as any other letter.
 */
export function signedTemplateLetterEvents(
  template: LetterTemplate,
  options: SignedTemplateLetterOptions,
): LetterEvent[] {
  const { signedOn } = options;
  const [first, second] = template.parties;
  const parties = options.parties ?? [first.usual, second.usual];
  if (!parties[0] || !parties[1])
    throw new Error(`Template ${template.id} names no usual parties: give them`);
  const both = parties as [Organisation, Organisation];
  const seedActor = (org: Organisation) => ({
    ...(options.signers?.[org.orgNumber] ?? { sub: "seed" }),
    orgNumber: org.orgNumber,
    roles: ["signatory" as const, "coordinator" as const],
  });
  const commands: LetterCommand[] = [
    {
      type: "DraftLetter",
      actor: seedActor(both[0]),
      letterId: options.letterId,
      title: options.title ?? template.title.sv,
      parties: both,
      ...draftedFrom(template),
      memberOrganisations: [...(options.members ?? [])],
      draftedOn: signedOn,
      today: signedOn,
    },
    ...both.map((party) => ({
      type: "SignLetter" as const,
      actor: seedActor(party),
      signedOn,
      today: signedOn,
    })),
  ];
  const events: LetterEvent[] = [];
  for (const command of commands) {
    const decision = decideLetter(command, foldLetter(events));
    if (!decision.ok)
      throw new Error(
        `The seed of ${template.id} broke ${decision.violation.rule}: ${decision.violation.message}`,
      );
    events.push(...decision.events);
  }
  return events;
}
