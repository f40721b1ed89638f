import type { Agreement, Obligation, Problem } from "@samverkan/client";
import { beforeAll, describe, expect, it } from "vitest";
import { statusSentence } from "../../src/agreement/status-sentence";
import { describeProblem } from "../../src/api/describe-problem";
import { nextDeadlines } from "../../src/deadlines/deadline-order";
import { formatDate } from "../../src/i18n/format";
import { fill, type I18n } from "../../src/i18n/i18n";
import { catalogues, loadCatalogue, type MessageKey } from "../../src/i18n/messages";

// English is a chunk of its own, loaded when chosen.
beforeAll(() => loadCatalogue("en"));

/** The workspace's words without a browser: the same catalogue and formats the pages use. */
function i18nIn(language: "sv" | "en"): I18n {
  const messages = catalogues[language] as Record<string, string>;
  return {
    language,
    setLanguage: () => undefined,
    t: (key: MessageKey, params) => fill(messages[key] as string, params),
    tryT: (key, params) => (key in messages ? fill(messages[key] as string, params) : undefined),
    date: (day) => formatDate(day, language),
    month: (day) => day,
    timestamp: (iso) => iso,
    sek: (n) => String(n),
  };
}

const obligation = (id: string, status: Obligation["status"], dueOn: string): Obligation => ({
  id,
  kind: "half-year-dialog",
  rule: "R10",
  dueOn,
  status,
  fulfilledBy: "",
  fulfilledOn: null,
  subject: {},
});

describe("the workspace's words", () => {
  it("R17 R18 says the letter's status in one Swedish sentence, dates as Swedes write them", () => {
    const sv = i18nIn("sv");
    const base = { inForceFrom: "2025-10-01", notice: null } as Pick<
      Agreement,
      "status" | "inForceFrom" | "notice"
    >;
    expect(statusSentence({ ...base, status: "in-force" }, sv).text).toBe(
      "I kraft sedan 1 oktober 2025",
    );
    const notice = {
      givenBy: "222000-0653",
      receivedOn: "2026-11-30",
      endsOn: "2027-02-28",
      state: "in-effect" as const,
      recordedOn: null,
      acknowledgement: null,
    };
    expect(statusSentence({ ...base, status: "notice-given", notice }, sv).text).toBe(
      "Uppsagd 30 november 2026, upphör 28 februari 2027",
    );
    expect(statusSentence({ ...base, status: "notice-given", notice }, i18nIn("en")).text).toBe(
      "Notice given 30 November 2026, ends 28 February 2027",
    );
  });

  it("R21 lists deadlines overdue first, then due soon, then the next few upcoming; never what is done", () => {
    const listed = nextDeadlines([
      obligation("a", "upcoming", "2027-06-30"),
      obligation("b", "fulfilled", "2026-06-30"),
      obligation("c", "due-soon", "2026-12-10"),
      obligation("d", "overdue", "2026-11-21"),
      obligation("e", "upcoming", "2026-12-31"),
      obligation("f", "overdue", "2026-06-30"),
      obligation("g", "upcoming", "2027-12-31"),
      obligation("h", "upcoming", "2028-06-30"),
    ]);
    expect(listed.map((o) => o.id)).toEqual(["f", "d", "c", "e", "a", "g"]);
  });

  it("finding: after notice, duties past the end are shown as upcoming — R20 R21 lapsing duties come last, marked as lapsing, never as upcoming", () => {
    const listed = nextDeadlines([
      obligation("z", "lapsing", "2027-06-30"),
      obligation("a", "upcoming", "2027-01-31"),
      obligation("y", "lapsing", "2027-12-31"),
    ]);
    expect(listed.map((o) => [o.id, o.status])).toEqual([
      ["a", "upcoming"],
      ["z", "lapsing"],
      ["y", "lapsing"],
    ]);
  });

  it("R14 puts a refusal in words with its rule, and falls back to the problem's detail, never a bare status", () => {
    const sv = i18nIn("sv");
    const refusal: Problem = {
      type: "t",
      title: "Refused by a rule of the letter",
      status: 422,
      detail: "Activity x is not fully signed",
      code: "special-agreement-not-fully-signed",
      rule: "R14",
    };
    expect(describeProblem(refusal, sv)).toMatchObject({
      message:
        "Aktiviteten kan starta först när alla parter har skrivit under det särskilda avtalet.",
      rule: "R14",
    });
    const unknown = { ...refusal, code: "a-code-added-later", detail: "Something new" };
    expect(describeProblem(unknown, sv).message).toBe("Something new");
    expect(describeProblem({ ...unknown, detail: "" }, sv).message).not.toMatch(/\d{3}/);
  });

  it("links an invalid field of a 400 to its form field", () => {
    const invalid: Problem = {
      type: "t",
      title: "Invalid request",
      status: 400,
      detail: "The request's json is not valid",
      code: "invalid-input",
      errors: [{ path: "topics.outsideWorld", message: "Required" }],
    };
    expect(describeProblem(invalid, i18nIn("sv")).fieldErrors).toEqual([
      { field: "field-topics-outsideWorld", message: "Uppgiften godtas inte: Required" },
    ]);
  });
});
