import { describe, expect, it } from "vitest";
import { LetterEvent } from "../src/index";
import { coordinatorOf, LTU, NOK, OUTSIDER, signatoryOf } from "./support/fixtures";
import { givenLetter, historyOf, needsIn } from "./support/given-when-then";
import { d, holdDialog, letterWithGroup, signedLetter, stateOf } from "./support/letters";

const topics = {
  outsideWorld: "EU cohesion funds",
  trends: "Remote care",
  futureChallenges: "Generational shift",
  directionAdjustments: "No adjustment",
};
const schedule = (dialogId: string, scheduledOn: string) => ({
  type: "ScheduleDialog" as const,
  actor: coordinatorOf(NOK),
  dialogId,
  scheduledOn,
});

describe("R9 the collaboration group", () => {
  it("R9 is appointed with members of both principal parties", () => {
    const members = [
      { name: "Nora", orgNumber: NOK.orgNumber },
      { name: "Lars", orgNumber: LTU.orgNumber, role: "chair" },
    ];
    givenLetter(...signedLetter())
      .when({
        type: "SetCollaborationGroup",
        actor: coordinatorOf(LTU),
        members,
        setOn: "2025-10-02",
      })
      .then([{ type: "CollaborationGroupSet", members: members as never, setOn: d("2025-10-02") }]);
  });

  it("R9 refuses a member who represents neither party, naming them", () => {
    const refusal = givenLetter(...signedLetter())
      .when({
        type: "SetCollaborationGroup",
        actor: coordinatorOf(LTU),
        members: [
          { name: "Nora", orgNumber: NOK.orgNumber },
          { name: "Olle Outsider", orgNumber: OUTSIDER.orgNumber },
        ],
        setOn: "2025-10-02",
      })
      .thenRefuses("R9", "member-not-of-a-party");
    expect(refusal.details).toEqual({ members: ["Olle Outsider"] });
  });
});

describe("D-65 group members as people by id", () => {
  it("R9 D-65 a member by person id and sealed name is appointed; an event of before, with a plain name, still parses and folds", () => {
    const members = [
      { personId: "A".repeat(22), sealedName: "pk1.sealed", orgNumber: NOK.orgNumber },
      {
        personId: "B".repeat(22),
        sealedName: "pk1.other",
        orgNumber: LTU.orgNumber,
        role: "chair",
      },
    ];
    givenLetter(...signedLetter())
      .when({
        type: "SetCollaborationGroup",
        actor: coordinatorOf(LTU),
        members,
        setOn: "2025-10-02",
      })
      .then([{ type: "CollaborationGroupSet", members: members as never, setOn: d("2025-10-02") }]);
    const old = LetterEvent.parse({
      type: "CollaborationGroupSet",
      members: [{ name: "Lars", orgNumber: LTU.orgNumber }],
      setOn: "2025-10-02",
    });
    expect(old.type === "CollaborationGroupSet" && old.members[0]?.name).toBe("Lars");
    const letter = stateOf([...signedLetter(), old]);
    expect(letter?.collaborationGroup).toEqual([{ name: "Lars", orgNumber: LTU.orgNumber }]);
    // A person id is the directory's: 22 characters, nothing else.
    expect(() =>
      LetterEvent.parse({
        type: "CollaborationGroupSet",
        members: [{ personId: "short", orgNumber: LTU.orgNumber }],
        setOn: "2025-10-02",
      }),
    ).toThrow();
  });
});

describe("R10 scheduling leadership dialogs", () => {
  it("R10 schedules a dialog while the letter is in force", () => {
    givenLetter(...signedLetter())
      .when(schedule("spring-2026", "2026-04-15"))
      .then([{ type: "DialogScheduled", dialogId: "spring-2026", scheduledOn: d("2026-04-15") }]);
  });

  it("R10 refuses a duplicate dialog id, a dialog before entry into force and one after the end", () => {
    const withDialog = historyOf([schedule("spring-2026", "2026-04-15")], signedLetter());
    givenLetter(...withDialog)
      .when(schedule("spring-2026", "2026-05-01"))
      .thenRefuses("R10", "dialog-exists");
    givenLetter(...signedLetter())
      .when(schedule("early", "2025-09-01"))
      .thenRefuses("R17", "letter-not-in-force");
    const noticed = historyOf(
      [{ type: "GiveTerminationNotice", actor: signatoryOf(NOK), receivedOn: "2026-11-30" }],
      signedLetter(),
    );
    givenLetter(...noticed)
      .when(schedule("late", "2027-03-15"))
      .thenRefuses("R20", "letter-ended");
  });
});

describe("R12 D-3 the basis for a dialog", () => {
  it("R12 the collaboration group submits the basis before the dialog", () => {
    const events = historyOf([schedule("spring", "2026-04-15")], letterWithGroup());
    givenLetter(...events)
      .when({
        type: "SubmitDialogBasis",
        actor: coordinatorOf(LTU),
        dialogId: "spring",
        submittedOn: "2026-03-30",
        summary: "Needs from Kiruna",
      })
      .then([
        {
          type: "DialogBasisSubmitted",
          dialogId: "spring",
          submittedOn: d("2026-03-30"),
          summary: "Needs from Kiruna",
        },
      ]);
  });

  it("R12 refuses a basis while no collaboration group exists, naming the parties without members", () => {
    const events = historyOf([schedule("spring", "2026-04-15")], signedLetter());
    const refusal = givenLetter(...events)
      .when({
        type: "SubmitDialogBasis",
        actor: coordinatorOf(LTU),
        dialogId: "spring",
        submittedOn: "2026-03-30",
        summary: "x",
      })
      .thenRefuses("R12", "collaboration-group-incomplete");
    expect(refusal.details).toEqual({ partiesWithoutMembers: [NOK.orgNumber, LTU.orgNumber] });
  });

  it("R12 refuses a basis from a group with members of one party only", () => {
    const oneSided = historyOf(
      [
        {
          type: "SetCollaborationGroup",
          actor: coordinatorOf(LTU),
          members: [{ name: "Lars", orgNumber: LTU.orgNumber }],
          setOn: "2025-10-02",
        },
        schedule("spring", "2026-04-15"),
      ],
      signedLetter(),
    );
    const refusal = givenLetter(...oneSided)
      .when({
        type: "SubmitDialogBasis",
        actor: coordinatorOf(LTU),
        dialogId: "spring",
        submittedOn: "2026-03-30",
        summary: "x",
      })
      .thenRefuses("R12", "collaboration-group-incomplete");
    expect(refusal.details).toEqual({ partiesWithoutMembers: [NOK.orgNumber] });
  });

  it("R12 refuses a basis for an unknown dialog, a second basis, and a basis after the dialog was held", () => {
    const base = historyOf([schedule("spring", "2026-04-15")], letterWithGroup());
    const basis = {
      type: "SubmitDialogBasis" as const,
      actor: coordinatorOf(LTU),
      submittedOn: "2026-03-30",
      summary: "x",
    };
    givenLetter(...base)
      .when({ ...basis, dialogId: "autumn" })
      .thenRefuses("R12", "dialog-not-found");
    const submitted = historyOf([{ ...basis, dialogId: "spring" }], base);
    givenLetter(...submitted)
      .when({ ...basis, dialogId: "spring" })
      .thenRefuses("R12", "basis-already-submitted");
    const held = historyOf(holdDialog("summer", "2026-06-10"), letterWithGroup());
    givenLetter(...held)
      .when({ ...basis, dialogId: "summer" })
      .thenRefuses("R12", "dialog-already-held");
  });
});

describe("R11 recording a held dialog", () => {
  const scheduled = () => historyOf([schedule("spring", "2026-04-15")], signedLetter());

  it("R11 records the four topics; 'no adjustment' is a valid entry for the last", () => {
    givenLetter(...scheduled())
      .when({
        type: "RecordDialog",
        actor: coordinatorOf(NOK),
        dialogId: "spring",
        heldOn: "2026-04-15",
        topics,
      })
      .then([
        {
          type: "DialogRecorded",
          dialogId: "spring",
          heldOn: d("2026-04-15"),
          topics,
          needsReview: null,
        },
      ]);
  });

  it.each(["outsideWorld", "trends", "futureChallenges", "directionAdjustments"] as const)(
    "R11 refuses a record missing the topic %s, naming it",
    (missing) => {
      const partial: Record<string, string> = { ...topics };
      delete partial[missing];
      const refusal = givenLetter(...scheduled())
        .when({
          type: "RecordDialog",
          actor: coordinatorOf(NOK),
          dialogId: "spring",
          heldOn: "2026-04-15",
          topics: partial,
        })
        .thenRefuses("R11", "dialog-topics-missing");
      expect(refusal.details).toEqual({ missing: [missing] });
      expect(refusal.message).toContain(missing);
    },
  );

  it("R11 a blank topic counts as missing, and all missing topics are named at once", () => {
    const refusal = givenLetter(...scheduled())
      .when({
        type: "RecordDialog",
        actor: coordinatorOf(NOK),
        dialogId: "spring",
        heldOn: "2026-04-15",
        topics: { outsideWorld: "  ", trends: "AI" },
      })
      .thenRefuses("R11", "dialog-topics-missing");
    expect(refusal.details).toEqual({
      missing: ["outsideWorld", "futureChallenges", "directionAdjustments"],
    });
  });

  it("R11 refuses recording a dialog twice or one that was never scheduled", () => {
    const held = historyOf(holdDialog("spring", "2026-04-15"), signedLetter());
    givenLetter(...held)
      .when({
        type: "RecordDialog",
        actor: coordinatorOf(NOK),
        dialogId: "spring",
        heldOn: "2026-04-16",
        topics,
      })
      .thenRefuses("R11", "dialog-already-recorded");
    givenLetter(...signedLetter())
      .when({
        type: "RecordDialog",
        actor: coordinatorOf(NOK),
        dialogId: "ghost",
        heldOn: "2026-04-16",
        topics,
      })
      .thenRefuses("R11", "dialog-not-found");
  });

  it("R13 a dialog record with a needs review registers the needs it identified, raised by the dialog", () => {
    const events = givenLetter(...scheduled())
      .when({
        type: "RecordDialog",
        actor: coordinatorOf(NOK),
        dialogId: "spring",
        heldOn: "2026-04-15",
        topics,
        needsReview: {
          needs: [
            {
              needId: "need-1",
              title: "Distance nursing education",
              focusAreas: ["health-and-care", "education"],
            },
          ],
        },
      })
      .thenAccepted();
    expect(events.map((e) => e.type)).toEqual(["DialogRecorded", "NeedRegistered"]);
    expect(events[0]).toMatchObject({ needsReview: { needIds: ["need-1"] } });
    expect(needsIn([...scheduled(), ...events])[0]).toMatchObject({
      needId: "need-1",
      raisedBy: { kind: "dialog", dialogId: "spring" },
      raisedOn: "2026-04-15",
      focusAreas: ["health-and-care", "education"],
    });
  });

  it("R13 a needs review may identify no needs, and is still recorded as a review", () => {
    givenLetter(...scheduled())
      .when({
        type: "RecordDialog",
        actor: coordinatorOf(NOK),
        dialogId: "spring",
        heldOn: "2026-04-15",
        topics,
        needsReview: { needs: [] },
      })
      .then([
        {
          type: "DialogRecorded",
          dialogId: "spring",
          heldOn: d("2026-04-15"),
          topics,
          needsReview: { needIds: [] },
        },
      ]);
  });
});

describe("R15 D-5 the yearly structure review", () => {
  const review = (year: number, reviewedOn: string) => ({
    type: "RecordStructureReview" as const,
    actor: coordinatorOf(LTU),
    year,
    reviewedOn,
    summary: "Forums: ledningsdialog, samverkansgrupp, FoUI-miljö",
  });

  it("R15 records one structure review for a year", () => {
    givenLetter(...signedLetter())
      .when(review(2026, "2026-11-20"))
      .thenAccepted();
  });

  it("R15 refuses a second review of the same year and a review held before its year", () => {
    const reviewed = historyOf([review(2026, "2026-11-20")], signedLetter());
    givenLetter(...reviewed)
      .when(review(2026, "2026-12-01"))
      .thenRefuses("R15", "structure-review-already-recorded");
    givenLetter(...signedLetter())
      .when(review(2027, "2026-12-01"))
      .thenRefuses("R15", "review-before-its-year");
  });

  it("R15 D-29 a review names the day of the report it was held on, and the state keeps it", () => {
    const onReport = { ...review(2026, "2026-11-20"), reportAsOf: "2026-11-18" };
    const [event] = givenLetter(...signedLetter())
      .when(onReport)
      .thenAccepted();
    expect(event).toMatchObject({ type: "StructureReviewRecorded", reportAsOf: "2026-11-18" });
    const letter = stateOf(historyOf([onReport], signedLetter()));
    expect(letter.structureReviews).toEqual([
      expect.objectContaining({ year: 2026, reportAsOf: "2026-11-18" }),
    ]);
  });

  it("R15 D-29 refuses a report made before the review's year or after the review", () => {
    givenLetter(...signedLetter())
      .when({ ...review(2026, "2026-11-20"), reportAsOf: "2025-12-31" })
      .thenRefuses("R15", "review-report-before-its-year");
    givenLetter(...signedLetter())
      .when({ ...review(2026, "2026-11-20"), reportAsOf: "2026-11-21" })
      .thenRefuses("R15", "review-report-after-review");
  });
});
