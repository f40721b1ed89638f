import { randomUUID } from "node:crypto";
import { ActivityCommand, date, NeedCommand } from "@samverkan/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activityAggregate, handle, needAggregate } from "../../src/index";
import { createMailHarness, LTU, type MailHarness, NOK, PEOPLE } from "./support/mail-harness";
import { type SmtpSink, startSmtpSink } from "./support/smtp-sink";

// Issue #17, "irreversible acts are one click": nobody told the next signer of a special agreement
// it was their turn. A signature that leaves others to sign now has the day's run tell them, once
// per version, through the same mail path as every reminder (R14, R23).

let sink: SmtpSink;
let h: MailHarness;
const letterId = "sign-letter";
const TODAY = "2026-12-01";

/** Runs a command as of today for `org`, as the API would. */
const command = (org: string, input: Record<string, unknown>, kind: "need" | "activity") => {
  const raw = {
    actor: { sub: `${org}-signatory`, orgNumber: org, roles: ["signatory", "coordinator"] },
    ...input,
  };
  const options = {
    actor: { sub: `${org}-signatory`, orgNumber: org },
    requestId: randomUUID(),
    on: date(TODAY),
    reply: () => null,
  };
  return h.run(
    kind === "need"
      ? handle(needAggregate, { letterId, id: "need-1" }, NeedCommand.parse(raw), options)
      : handle(activityAggregate, { letterId, id: "act-1" }, ActivityCommand.parse(raw), options),
  );
};

const yourTurn = (address: string) =>
  sink.to(address).filter((m) => m.subject?.match(/Er tur att skriva under|Your turn to sign/));

beforeAll(async () => {
  sink = await startSmtpSink();
  h = await createMailHarness(sink, TODAY);
  await h.seed(letterId);
  await h.contacts(letterId, LTU, [PEOPLE.anna]);
  await h.contacts(letterId, NOK, [PEOPLE.per, PEOPLE.karin]);
  await command(
    NOK,
    {
      type: "RegisterNeed",
      need: { needId: "need-1", title: "Nurses", description: "", focusAreas: ["health-and-care"] },
      raisedBy: NOK,
      raisedOn: TODAY,
    },
    "need",
  );
  await command(
    LTU,
    {
      type: "DefineActivity",
      activityId: "act-1",
      title: "Distance nursing",
      kind: "distance-education",
      focusAreas: ["health-and-care"],
      needIds: ["need-1"],
      projectParties: [],
      terms: "LTU teaches, the municipalities provide placements",
      definedOn: TODAY,
    },
    "activity",
  );
  await command(NOK, { type: "SignSpecialAgreement", signedOn: TODAY, version: 1 }, "activity");
  await h.enforce(TODAY);
});
afterAll(async () => {
  await h.close();
  await sink.close();
});

describe("R14 R23 the next signer is told by mail", () => {
  it("finding: irreversible acts are one click — nobody tells the next signer it is their turn: R14 the party still to sign gets one mail at the real SMTP server, the signer's party none", async () => {
    const [mail, ...more] = yourTurn(PEOPLE.anna.email);
    expect(more).toEqual([]);
    expect(mail?.subject).toBe("Your turn to sign the special agreement “Distance nursing”");
    expect(mail?.text).toContain("Another party signed on 1 December 2026");
    expect(mail?.text).toContain(`https://samverkan.test/avtal/${letterId}/`);
    expect(yourTurn(PEOPLE.per.email)).toEqual([]);
    expect(yourTurn(PEOPLE.karin.email)).toEqual([]);
    const notes = await h.notifications(letterId);
    expect(
      notes.find((n) => n.key === "special-agreement:act-1:v1#signature-requested"),
    ).toMatchObject({
      kind: "signature-requested",
      rule: "R14",
      recipients: [LTU],
    });
  });

  it("R14 R22 exactly once: runs repeated that day and the next send it again to nobody", async () => {
    await h.enforce(TODAY);
    await h.enforce("2026-12-02");
    expect(yourTurn(PEOPLE.anna.email)).toHaveLength(1);
  });
});
