// The words of the follow-up report's CSV (#16.6), in Swedish and English: titles, column headers
// and the report's codes (outcomes, focus areas, kinds, statuses, steps) as people say them. A
// small catalogue of the API's own: the CSV is opened in a spreadsheet, far from the workspace's.

export type CsvLanguage = "sv" | "en";

/** English when the request's Accept-Language puts English before Swedish; Swedish otherwise. */
export function csvLanguage(acceptLanguage: string | undefined): CsvLanguage {
  const first = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { tag, q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter(({ tag }) => tag.startsWith("sv") || tag.startsWith("en"))
    .sort((a, b) => b.q - a.q)[0];
  return first?.tag.startsWith("en") ? "en" : "sv";
}

const sv = {
  title: {
    dialogs: "Ledningsdialoger per halvår (R10)",
    bases: "Underlag (R12)",
    needs: "Behov per källa och fokusområde (R6)",
    activitiesByStatus: "Aktiviteter per status (R14)",
    activitiesByKind: "Aktiviteter per typ (R8)",
    agreementsSigned: "Särskilda avtal undertecknade (R14)",
    funnel: "Från behov till avslutad aktivitet",
    funding: "Gemensamma ansökningar (R7)",
    obligations: "Åtaganden per regel (R21)",
  },
  header: {
    dialogs: ["Halvår", "Från", "Till", "Ska hållas", "Utfall", "Hölls", "Registrerad i efterhand"],
    bases: [
      "Ledningsdialog",
      "Planerad till",
      "Hölls",
      "Underlag senast",
      "Underlag lämnat",
      "Dagar före dialogen",
      "Utfall",
      "Registrerat i efterhand",
    ],
    needs: ["Vem tog upp behovet", "Slag", "Totalt"],
    activitiesByStatus: ["Status", "Antal", "Aktiviteter"],
    activitiesByKind: ["Typ", "Antal", "Aktiviteter"],
    agreementsSigned: ["Aktivitet", "Version", "Upprättat", "Underskrivet av alla", "Dagar"],
    funnel: ["Steg", "Antal behov"],
    funding: [
      "Finansiär",
      "Utlysning",
      "Sista ansökningsdag",
      "Status",
      "Sökt belopp (kronor)",
      "Beviljat belopp (kronor)",
    ],
    obligations: [
      "Regel",
      "Att göra",
      "I tid",
      "Sent",
      "Missat",
      "Behövdes inte längre",
      "Öppet",
      "Registrerat i efterhand",
    ],
  },
  dialog: (date: string) => `Ledningsdialog ${date}`,
  fromDialogs: "Ledningsdialoger",
  half: { H1: "Första halvåret", H2: "Andra halvåret" } as Record<string, string>,
  recordedOn: (held: string, recorded: string) => `hölls ${held}, registrerad ${recorded}`,
  heldLate: (held: string) => `${held} (sent)`,
  words: {
    "on-time": "I tid",
    late: "Sent",
    "recorded-late": "Registrerat i efterhand",
    missed: "Missat",
    missing: "Saknas",
    open: "Öppet",
    lapsed: "Behövdes inte längre",
    "not-due": "Behövdes inte",
    municipality: "Kommun",
    party: "Part",
    "competence-development": "Kompetensutveckling",
    "health-and-care": "Hälsa och vård",
    digitalisation: "Digitalisering",
    education: "Utbildning",
    "research-development-innovation": "Forskning, utveckling och innovation",
    "commissioned-education": "Uppdragsutbildning",
    "distance-education": "Distansutbildning",
    "learning-environment": "Lärmiljö",
    "test-environment": "Testverksamhet",
    research: "Forskning",
    development: "Utveckling",
    innovation: "Innovation",
    analysis: "Underlag och analys",
    other: "Annat",
    "awaiting-signatures": "Väntar på underskrifter",
    "ready-to-start": "Klar att starta",
    running: "Pågår",
    completed: "Avslutad",
    planned: "Planerad",
    submitted: "Inskickad",
    granted: "Beviljad",
    rejected: "Avslagen",
    withdrawn: "Tillbakadragen",
    "needs-raised": "Behov registrerade",
    "activity-defined": "Ledde till en aktivitet",
    "fully-signed": "Särskilt avtal underskrivet",
    started: "Aktiviteten startad",
    R7: "Gemensamma ansökningar (R7)",
    R10: "Ledningsdialog varje period enligt villkoren (R10)",
    R12: "Underlag före varje dialog (R12)",
    R13: "Genomgång av behoven (R13)",
    R15: "Uppföljning av samverkansstrukturen (R15)",
  } as Record<string, string>,
};

export type CsvWords = typeof sv;

const en: CsvWords = {
  title: {
    dialogs: "Leadership dialogs per half-year (R10)",
    bases: "Bases (R12)",
    needs: "Needs by source and focus area (R6)",
    activitiesByStatus: "Activities by status (R14)",
    activitiesByKind: "Activities by kind (R8)",
    agreementsSigned: "Special agreements signed (R14)",
    funnel: "From need to completed activity",
    funding: "Joint funding applications (R7)",
    obligations: "Obligations per rule (R21)",
  },
  header: {
    dialogs: ["Half-year", "From", "To", "Due", "Outcome", "Held", "Recorded late"],
    bases: [
      "Leadership dialog",
      "Scheduled for",
      "Held",
      "Basis due",
      "Basis submitted",
      "Days before the dialog",
      "Outcome",
      "Recorded late",
    ],
    needs: ["Raised by", "Kind", "Total"],
    activitiesByStatus: ["Status", "Number", "Activities"],
    activitiesByKind: ["Kind", "Number", "Activities"],
    agreementsSigned: ["Activity", "Version", "Drafted", "Signed by all", "Days"],
    funnel: ["Step", "Needs"],
    funding: [
      "Funder",
      "Call",
      "Submission deadline",
      "Status",
      "Amount requested (SEK)",
      "Amount granted (SEK)",
    ],
    obligations: [
      "Rule",
      "Due",
      "On time",
      "Late",
      "Missed",
      "No longer needed",
      "Open",
      "Recorded late",
    ],
  },
  dialog: (date: string) => `Leadership dialog ${date}`,
  fromDialogs: "Leadership dialogs",
  half: { H1: "First half of", H2: "Second half of" },
  recordedOn: (held: string, recorded: string) => `held ${held}, recorded ${recorded}`,
  heldLate: (held: string) => `${held} (late)`,
  words: {
    "on-time": "On time",
    late: "Late",
    "recorded-late": "Recorded late",
    missed: "Missed",
    missing: "Missing",
    open: "Open",
    lapsed: "No longer needed",
    "not-due": "Not needed",
    municipality: "Municipality",
    party: "Party",
    "competence-development": "Competence development",
    "health-and-care": "Health and care",
    digitalisation: "Digitalisation",
    education: "Education",
    "research-development-innovation": "Research, development and innovation",
    "commissioned-education": "Commissioned education",
    "distance-education": "Distance education",
    "learning-environment": "Learning environment",
    "test-environment": "Test environment",
    research: "Research",
    development: "Development",
    innovation: "Innovation",
    analysis: "Analysis",
    other: "Other",
    "awaiting-signatures": "Awaiting signatures",
    "ready-to-start": "Ready to start",
    running: "Running",
    completed: "Completed",
    planned: "Planned",
    submitted: "Submitted",
    granted: "Granted",
    rejected: "Rejected",
    withdrawn: "Withdrawn",
    "needs-raised": "Needs registered",
    "activity-defined": "Led to an activity",
    "fully-signed": "Special agreement signed",
    started: "Activity started",
    R7: "Joint funding applications (R7)",
    R10: "A leadership dialog each period of the terms (R10)",
    R12: "A basis before each dialog (R12)",
    R13: "A review of needs (R13)",
    R15: "A review of the collaboration structure (R15)",
  },
};

export const CSV_WORDS: Readonly<Record<CsvLanguage, CsvWords>> = { sv, en };

/** A code in words; a code the catalogue does not know stays as it is rather than vanish. */
export const wordFor = (words: CsvWords, code: string) => words.words[code] ?? code;
