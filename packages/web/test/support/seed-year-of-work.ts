// The rest of a year of collaboration, for the follow-up report's charts (R24): a dialog whose
// basis came late, needs raised through the year, activities that got signed, started and
// completed, and an application that was granted. Dated within this calendar year where it can
// be (never after today), so that this year's report has something in every chart.
import { LULEA_TEKNISKA_UNIVERSITET, NORRBOTTENS_KOMMUNER } from "@samverkan/domain";
import { addDays, addMonths, todayInStockholm } from "./dates";
import { TEST_MUNICIPALITIES } from "./local-workspace";
import type { Caller } from "./seed-workspace";

const NOK = NORRBOTTENS_KOMMUNER.orgNumber;
const LTU = LULEA_TEKNISKA_UNIVERSITET.orgNumber;
const KIRUNA = TEST_MUNICIPALITIES.Kiruna;
const PITEA = TEST_MUNICIPALITIES.Piteå;
const LULEA = TEST_MUNICIPALITIES.Luleå;

interface People {
  /** NoK's signatory and coordinator. */
  readonly nora: Caller;
  /** LTU's signatory and coordinator. */
  readonly lars: Caller;
  /** Kiruna's coordinator. */
  readonly maja: Caller;
}

/** `months` months before today, but not before 1 January of this year. */
function thisYear(months: number): string {
  const today = todayInStockholm();
  const day = addMonths(today, -months);
  const newYear = `${today.slice(0, 4)}-01-02`;
  return day < newYear ? newYear : day;
}

/** An activity taken from `needId`, signed by both parties (R14); started and completed if asked. */
async function activity(
  { nora, lars }: People,
  details: { title: string; kind: string; focusAreas: string[]; needId?: string; terms: string },
  progress: { started: boolean; outcome?: string },
): Promise<void> {
  const { needId, ...rest } = details;
  const defined = await lars("POST", "/activities", {
    ...rest,
    needIds: needId ? [needId] : [],
    projectParties: [],
  });
  const path = `/activities/${defined.id}`;
  await nora("POST", `${path}/special-agreement/signatures`, {});
  await lars("POST", `${path}/special-agreement/signatures`, {});
  if (!progress.started) return;
  await lars("POST", `${path}/start`, {});
  if (progress.outcome) await lars("POST", `${path}/complete`, { outcome: progress.outcome });
}

/** Adds the year's facts to what seedWorkspace entered, with its activity on teachers. */
export async function seedYearOfWork(
  people: People,
  earlier: { readonly activity?: string },
): Promise<void> {
  const { nora, lars, maja } = people;
  // R10, R12: a dialog three months ago whose basis came five days before it: late (D-3: 14).
  const heldOn = addMonths(todayInStockholm(), -3);
  const dialog = await nora("POST", "/dialogs", { scheduledOn: heldOn });
  await lars("POST", `/dialogs/${dialog.id}/basis`, {
    submittedOn: addDays(heldOn, -5),
    summary: "Uppföljning av vårens behov och läget i testbäddarna.",
  });
  await nora("POST", `/dialogs/${dialog.id}/record`, {
    heldOn,
    topics: {
      outsideWorld: "Regeringens satsning på välfärdsteknik i glesbygd.",
      trends: "Fler kommuner vill dela testmiljöer.",
      futureChallenges: "Kompetensförsörjningen i hemtjänsten.",
      directionAdjustments: "Mer fokus på digitalisering.",
    },
  });

  // R6: needs through the year, from three municipalities and both parties; NoK registers those
  // of its members that keep no coordinator of their own here (D-13).
  const alarms = await maja("POST", "/needs", {
    title: "Digitala trygghetslarm som fungerar utan mobiltäckning",
    raisedBy: KIRUNA,
    raisedOn: thisYear(5),
    focusAreas: ["digitalisation", "health-and-care"],
  });
  await maja("POST", "/needs", {
    title: "Vidareutbildning för undersköterskor på distans",
    raisedBy: KIRUNA,
    raisedOn: thisYear(2),
    focusAreas: ["competence-development", "education"],
  });
  await nora("POST", "/needs", {
    title: "Gemensam analys av kompetensbehovet i länet",
    raisedBy: NOK,
    raisedOn: thisYear(4),
    focusAreas: ["competence-development"],
  });
  await nora("POST", "/needs", {
    title: "Digital skolskjuts i glesbygd",
    raisedBy: PITEA,
    raisedOn: thisYear(3),
    focusAreas: ["digitalisation"],
  });
  await nora("POST", "/needs", {
    title: "Lärarstudenter på praktik i kommunens skolor",
    raisedBy: LULEA,
    raisedOn: thisYear(6),
    focusAreas: ["education", "competence-development"],
  });
  const mining = await lars("POST", "/needs", {
    title: "Underlag om klimatanpassning i gruvorterna",
    raisedBy: LTU,
    raisedOn: thisYear(7),
    focusAreas: ["research-development-innovation"],
  });

  // R5, R14: one activity running and one completed, besides the one awaiting LTU's signature.
  await activity(
    people,
    {
      title: "Testbädd för trygghetslarm i Kiruna",
      kind: "test-environment",
      focusAreas: ["digitalisation", "health-and-care"],
      needId: alarms.id,
      terms: "LTU och Kiruna kommun testar larmen i tio hushåll under ett år.",
    },
    { started: true },
  );
  await activity(
    people,
    {
      title: "Kunskapsöversikt om klimatanpassning i gruvorterna",
      kind: "analysis",
      focusAreas: ["research-development-innovation"],
      needId: mining.id,
      terms: "LTU sammanställer forskningsläget åt kommunerna.",
    },
    { started: true, outcome: "Översikten är levererad och presenterad för kommunerna." },
  );

  // R7: an application submitted and granted, for the activity on teachers.
  const granted = await lars("POST", "/funding-applications", {
    funder: "Europeiska regionala utvecklingsfonden",
    call: "Kompetens i Övre Norrland",
    submissionDeadline: addDays(todayInStockholm(), 10),
    amountRequestedSek: 1_200_000,
    applicantParties: [LTU, NOK],
    linkedActivityIds: earlier.activity ? [earlier.activity] : [],
  });
  await lars("PATCH", `/funding-applications/${granted.id}`, { status: "submitted" });
  await lars("PATCH", `/funding-applications/${granted.id}`, {
    status: "granted",
    amountGrantedSek: 900_000,
  });
}
