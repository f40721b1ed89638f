import { type CalendarDate, date } from "../../src/calendar/calendar-date";
import type { LetterEvent } from "../../src/letter/letter-events";
import type { Organisation } from "../../src/organisation/actor";
import { orgNumber } from "../../src/organisation/org-number";
import type { RecordedFact, ReportEvent } from "../../src/report/report-events";
import type { LetterTemplate } from "../../src/templates/letter-template";

type Terms = Extract<LetterEvent, { type: "LetterDrafted" }>["terms"];

/** Test data: `date` for fact literals. */
export const d = (value: string): CalendarDate => date(value);

const org = (number: string, name: string): Organisation => ({
  orgNumber: orgNumber(number),
  name,
});

// R1's numbers. The municipalities' numbers are test data (R3: real ones come from configuration);
// their check digits were computed once with the `organisationsnummer` library, as `testOrg` does.
export const NOK = org("222000-0653", "Norrbottens Kommuner");
export const LTU = org("202100-2841", "Luleå tekniska universitet");
export const KIRUNA = org("212000-2817", "Kiruna");
export const PITEA = org("212000-2734", "Piteå");
export const BODEN = org("212000-2502", "Boden");
export const RISE = org("556464-6874", "RISE (project party)");

const by = (who: Organisation) => ({ sub: `${who.name}-signatory` });
const topics = {
  outsideWorld: "Demographic change in the inland",
  trends: "AI in elderly care",
  futureChallenges: "Teacher supply",
  directionAdjustments: "No adjustment",
};

const fact = (aggregate: string, event: ReportEvent): RecordedFact => ({ aggregate, event });
const letter = (event: ReportEvent) => fact("letter", event);

/** A dialog's events in its own stream: scheduled, basis (if any), held (if ever). */
export function dialog(
  dialogId: string,
  scheduledOn: string,
  { basis, heldOn, review }: { basis?: string; heldOn?: string; review?: string[] } = {},
  aggregate = `dialog:${dialogId}`,
): RecordedFact[] {
  const events: ReportEvent[] = [
    { type: "DialogScheduled", dialogId, scheduledOn: d(scheduledOn) },
  ];
  if (basis)
    events.push({
      type: "DialogBasisSubmitted",
      dialogId,
      submittedOn: d(basis),
      summary: "Basis",
    });
  if (heldOn) {
    const needsReview = review ? { needIds: review } : null;
    events.push({ type: "DialogRecorded", dialogId, heldOn: d(heldOn), topics, needsReview });
  }
  return events.map((event) => fact(aggregate, event));
}

/** A need raised by a municipality or party (`raisedBy` an organisation) or by a dialog. */
export function need(
  needId: string,
  raisedBy: Organisation | { dialogId: string },
  raisedOn: string,
  focusAreas: string[],
  aggregate = `need:${needId}`,
): RecordedFact {
  const source =
    "dialogId" in raisedBy
      ? { kind: "dialog" as const, dialogId: raisedBy.dialogId }
      : {
          kind: [NOK, LTU].includes(raisedBy) ? ("party" as const) : ("municipality" as const),
          orgNumber: raisedBy.orgNumber,
        };
  return fact(aggregate, {
    type: "NeedRegistered",
    needId,
    title: `Need ${needId}`,
    description: "",
    raisedBy: source,
    raisedOn: d(raisedOn),
    focusAreas,
  });
}

/** The LTU–NoK letter's terms (R10, R12, R15, R18). */
export const LTU_NOK_TERMS: Terms = {
  noticeMonths: 3,
  dialogsPerYear: 2,
  basisLeadDays: 14,
  structureReviewsPerYear: 1,
};

/** The letter's own events: drafted, signed by both and in force on `signedOn` (R17). */
export function ltuNokLetter(
  signedOn = "2025-10-01",
  terms: Partial<Terms> = {},
  template?: LetterTemplate,
): RecordedFact[] {
  return [
    letter({
      type: "LetterDrafted",
      letterId: "ltu-nok",
      title: "Avsiktsförklaring om strategisk samverkan",
      parties: [NOK, LTU],
      // D-45: a letter from another template holds that template's terms and focus areas.
      terms: { ...(template?.terms ?? LTU_NOK_TERMS), ...terms },
      focusAreas: template?.focusAreas.map((area) => area.id) ?? [
        "competence-development",
        "health-and-care",
        "digitalisation",
        "education",
        "research-development-innovation",
      ],
      memberOrganisations: [KIRUNA, PITEA, BODEN],
      draftedOn: d(signedOn),
    }),
    letter({
      type: "LetterSigned",
      orgNumber: NOK.orgNumber,
      signedOn: d(signedOn),
      signedBy: by(NOK),
    }),
    letter({
      type: "LetterSigned",
      orgNumber: LTU.orgNumber,
      signedOn: d(signedOn),
      signedBy: by(LTU),
    }),
    letter({ type: "LetterEnteredIntoForce", inForceFrom: d(signedOn) }),
    letter({
      type: "CollaborationGroupSet",
      members: [
        { name: "Nora NoK", orgNumber: NOK.orgNumber },
        { name: "Lars LTU", orgNumber: LTU.orgNumber, role: "chair" },
      ],
      setOn: d(signedOn),
    }),
  ];
}

/** LTU gives notice on `receivedOn`; the letter ends on `endsOn` (R18, D-6). */
export const notice = (receivedOn: string, endsOn: string): RecordedFact =>
  letter({
    type: "TerminationNoticeGiven",
    givenBy: LTU.orgNumber,
    receivedOn: d(receivedOn),
    endsOn: d(endsOn),
    signedBy: by(LTU),
  });

/** The end recorded by the scheduled run (R20). */
export const ended = (endedOn: string): RecordedFact =>
  letter({ type: "LetterEnded", endedOn: d(endedOn), lapsedObligations: [] });

/** A structure review for `year` (R15). */
export const structureReview = (year: number, reviewedOn: string): RecordedFact =>
  letter({ type: "StructureReviewRecorded", year, reviewedOn: d(reviewedOn), summary: "Reviewed" });
