import type { RecordedFact } from "../../src/report/report-events";
import {
  BODEN,
  dialog,
  ended,
  KIRUNA,
  LTU,
  ltuNokLetter,
  NOK,
  need,
  notice,
  PITEA,
  RISE,
  structureReview,
} from "./ltu-nok-facts";
import {
  activityStream,
  completed,
  decided,
  defined,
  drafted,
  flagged,
  fundingStream,
  planned,
  revised,
  signed,
  started,
  submitted,
  withdrawn,
} from "./stream-facts";

/**
 * The LTU–NoK letter from its signing on 2025-10-01 to its end on 2027-01-15 (LTU's notice of
 * 2026-10-15), by hand, with 2026 as the year under follow-up. Every date is chosen so that the
 * 2026 report has each outcome at least once; the tests work the figures out in comments.
 */
export function ltuNokHistory(): RecordedFact[] {
  return [
    ...ltuNokLetter("2025-10-01"),
    // 2025: the half-year of entry into force; a dialog that is not due, with its basis on time.
    ...dialog("dlg-2025", "2025-11-20", { basis: "2025-11-01", heldOn: "2025-11-20", review: [] }),
    need("need-2025", KIRUNA, "2025-11-20", ["education"]),
    ...activityStream("act-e", [
      defined("act-e", "analysis", ["need-2025"], "2025-12-01"),
      drafted(1, "2025-12-01"),
      signed(1, NOK, "2025-12-05"),
      signed(1, LTU, "2025-12-20"),
      started("2026-01-10"),
    ]),
    // 2026.
    need("need-k1", KIRUNA, "2026-02-10", ["health-and-care", "digitalisation"]),
    ...fundingStream("app-1", [
      planned("app-1", "Vinnova", "2026-04-15", 2_000_000, "2026-02-01"),
      submitted("2026-04-10"),
      decided("granted", "2026-09-01", 1_500_000),
    ]),
    need("need-p1", PITEA, "2026-03-01", ["competence-development"]),
    ...activityStream("act-a", [
      defined("act-a", "test-environment", ["need-k1"], "2026-03-01"),
      drafted(1, "2026-03-01", [KIRUNA]),
      signed(1, NOK, "2026-03-10"),
      signed(1, LTU, "2026-03-12"),
      signed(1, KIRUNA, "2026-03-20"),
      started("2026-04-01"),
      completed("2026-11-30"),
    ]),
    ...fundingStream("app-2", [
      planned("app-2", "Formas", "2026-05-31", 800_000, "2026-03-01"),
      revised("Formas", "2026-06-15", 900_000),
      submitted("2026-06-14"),
      decided("rejected", "2026-10-01"),
    ]),
    ...dialog("dlg-spring", "2026-03-18", {
      basis: "2026-03-02",
      heldOn: "2026-03-18",
      review: ["need-d1"],
    }),
    need("need-d1", { dialogId: "dlg-spring" }, "2026-03-18", ["digitalisation"]),
    ...activityStream("act-b", [
      defined("act-b", "commissioned-education", ["need-p1", "need-2025"], "2026-04-01"),
      drafted(1, "2026-04-01"),
      signed(1, NOK, "2026-04-05"),
      drafted(2, "2026-05-01", [PITEA]),
      signed(2, NOK, "2026-05-03"),
      signed(2, LTU, "2026-05-04"),
      signed(2, PITEA, "2026-05-21"),
      started("2026-06-01"),
    ]),
    ...dialog("dlg-may", "2026-05-05", { heldOn: "2026-05-05" }),
    ...fundingStream("app-3", [
      planned("app-3", "ERUF", "2026-11-30", 3_000_000, "2026-05-01"),
      submitted("2026-11-20"),
      decided("granted", "2027-01-13", 2_500_000),
    ]),
    need("need-k2", KIRUNA, "2026-05-20", ["education"]),
    ...dialog("dlg-june", "2026-06-10", { basis: "2026-06-01", heldOn: "2026-06-11" }),
    ...fundingStream("app-4", [
      planned("app-4", "Vetenskapsrådet", "2026-10-01", 500_000, "2026-08-01"),
      withdrawn("2026-09-15"),
    ]),
    need("need-b1", BODEN, "2026-09-15", ["research-development-innovation", "health-and-care"]),
    ...activityStream("act-c", [
      defined("act-c", "research", ["need-b1"], "2026-10-01"),
      drafted(1, "2026-10-01", [RISE]),
      signed(1, NOK, "2026-10-05"),
      signed(1, LTU, "2026-10-06"),
      signed(1, RISE, "2026-10-30"),
    ]),
    ...fundingStream("app-5", [
      planned("app-5", "Region Norrbotten", "2026-12-15", 250_000, "2026-10-01"),
    ]),
    notice("2026-10-15", "2027-01-15"),
    ...fundingStream("app-6", [
      planned("app-6", "Tillväxtverket", "2027-01-10", 300_000, "2026-11-01"),
      submitted("2027-01-08"),
    ]),
    need("need-ltu", LTU, "2026-11-02", ["education"]),
    // Scheduled, never held and no basis: R12 missed.
    ...dialog("dlg-autumn", "2026-11-20"),
    ...activityStream("act-d", [
      defined("act-d", "development", ["need-d1", "need-k1"], "2026-12-01"),
      drafted(1, "2026-12-01"),
      signed(1, NOK, "2026-12-10"),
      signed(1, LTU, "2027-01-05"),
    ]),
    // 2027: H2 2026's dialog comes late, the 2026 structure review too; then the letter ends.
    ...dialog("dlg-winter", "2027-01-12", { basis: "2027-01-05", heldOn: "2027-01-12" }),
    need("need-2027", PITEA, "2027-01-10", ["education"]),
    ...activityStream("act-f", [
      defined("act-f", "other", ["need-2027"], "2027-01-10"),
      drafted(1, "2027-01-10"),
    ]),
    structureReview(2026, "2027-01-14"),
    ended("2027-01-15"),
    ...activityStream("act-e", [flagged("2027-01-16", "2027-01-15")]),
    ...activityStream("act-b", [flagged("2027-01-16", "2027-01-15")]),
  ];
}
