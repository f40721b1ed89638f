// Realistic data for the browser tests and the screenshots, entered through the API as people
// would: the collaboration group, a dialog held half a year ago with its needs review, one held
// three months ago whose basis came late, one coming soon whose basis is overdue, needs from NoK,
// LTU, Kiruna and a dialog through the year, activities awaiting signatures, running and
// completed, and funding applications planned and granted: a year that the follow-up report (R24)
// can draw.
import { LULEA_TEKNISKA_UNIVERSITET, NORRBOTTENS_KOMMUNER } from "@samverkan/domain";
import { addDays, addMonths, todayInStockholm } from "./dates";
import { type LocalWorkspace, TEST_MUNICIPALITIES } from "./local-workspace";
import { seedYearOfWork } from "./seed-year-of-work";

const NOK = NORRBOTTENS_KOMMUNER.orgNumber;
const LTU = LULEA_TEKNISKA_UNIVERSITET.orgNumber;
const KIRUNA = TEST_MUNICIPALITIES.Kiruna;

export type Caller = (method: string, path: string, body?: unknown) => Promise<{ id?: string }>;

async function callerFor(
  workspace: LocalWorkspace,
  org: string,
  roles: string[],
  sub: string,
): Promise<Caller> {
  const token = await workspace.token({ sub, name: sub, org, roles });
  return async (method, path, body) => {
    const response = await fetch(`${workspace.url}/v1/agreements/${workspace.letterId}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok)
      throw new Error(`seed ${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id?: string };
  };
}

/** Fills the main letter with what a year of collaboration leaves behind. */
export async function seedWorkspace(workspace: LocalWorkspace): Promise<void> {
  const today = todayInStockholm();
  const nora = await callerFor(workspace, NOK, ["signatory", "coordinator"], "Nora Nilsson");
  const lars = await callerFor(workspace, LTU, ["signatory", "coordinator"], "Lars Lindqvist");
  const maja = await callerFor(workspace, KIRUNA, ["coordinator"], "Maja Mäkitalo");
  await nora("PUT", "/collaboration-group", {
    // Dated (D-22): appointed before the first basis it prepares.
    appointedOn: addMonths(today, -8),
    members: [
      { name: "Nora Nilsson", orgNumber: NOK, role: "Ordförande" },
      { name: "Lars Lindqvist", orgNumber: LTU, role: "Sekreterare" },
    ],
  });
  const heldOn = addMonths(today, -6);
  const held = await nora("POST", "/dialogs", { scheduledOn: heldOn });
  await lars("POST", `/dialogs/${held.id}/basis`, {
    submittedOn: addDays(heldOn, -15),
    summary: "Läget i samarbetena och behov från inlandskommunerna.",
  });
  await nora("POST", `/dialogs/${held.id}/record`, {
    heldOn,
    topics: {
      outsideWorld: "Nya EU-medel för sammanhållning från 2027.",
      trends: "AI och välfärdsteknik i äldreomsorgen.",
      futureChallenges: "Lärarförsörjningen i inlandet.",
      directionAdjustments: "Ingen justering.",
    },
    needsReview: {
      needs: [
        {
          title: "Sjuksköterskor utbildade på distans",
          focusAreas: ["health-and-care", "education"],
        },
      ],
    },
  });
  await nora("POST", "/dialogs", { scheduledOn: addDays(today, 8) });
  const teachers = await nora("POST", "/needs", {
    title: "Fler behöriga lärare i matematik",
    raisedBy: NOK,
    focusAreas: ["education", "competence-development"],
  });
  await lars("POST", "/needs", {
    title: "Forskning om gruvstädernas omvandling",
    raisedBy: LTU,
    focusAreas: ["research-development-innovation"],
  });
  await maja("POST", "/needs", {
    title: "Testbädd för välfärdsteknik i hemtjänsten",
    raisedBy: KIRUNA,
    focusAreas: ["digitalisation", "health-and-care"],
  });
  const activity = await lars("POST", "/activities", {
    title: "Uppdragsutbildning i matematikdidaktik",
    kind: "commissioned-education",
    focusAreas: ["education"],
    needIds: [teachers.id],
    projectParties: [],
    terms:
      "LTU ger kursen på distans för 30 lärare under 2027. NoK samordnar kommunernas deltagare.",
  });
  await nora("POST", `/activities/${activity.id}/special-agreement/signatures`, {});
  await lars("POST", "/funding-applications", {
    funder: "Vinnova",
    call: "Hållbar kompetensförsörjning 2027",
    submissionDeadline: addMonths(today, 3),
    amountRequestedSek: 2_500_000,
    applicantParties: [LTU, NOK],
    linkedActivityIds: [activity.id],
  });
  await seedYearOfWork({ nora, lars, maja }, { activity: activity.id });
  await workspace.runDailyEnforcement();
  await seedLeavingPerson(workspace);
}

/**
 * A NoK person whom the personal-data test erases (issue #22, D-59): known to the people
 * directory (a write keeps the name, even one the API refuses) and nowhere else, so erasing them
 * changes nothing another test reads.
 */
export const LEAVING_PERSON = { sub: "tove-leaves", name: "Tove Tidigare", org: NOK } as const;

async function seedLeavingPerson(workspace: LocalWorkspace) {
  const token = await workspace.token({ ...LEAVING_PERSON, roles: ["viewer"] });
  const response = await fetch(`${workspace.url}/v1/agreements/${workspace.letterId}/needs`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: "{}",
  });
  // Refused (a viewer, an empty need): only the directory entry is left behind.
  if (response.ok) throw new Error("the leaving person's write was meant to be refused");
}
