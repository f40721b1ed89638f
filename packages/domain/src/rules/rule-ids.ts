/** The rule ids of the catalogue in `docs/rules.md`; every refusal and obligation names one. */
export const RULE_IDS = [
  "R1",
  "R2",
  "R3",
  "R4",
  "R5",
  "R6",
  "R7",
  "R8",
  "R9",
  "R10",
  "R11",
  "R12",
  "R13",
  "R14",
  "R15",
  "R16",
  "R17",
  "R18",
  "R19",
  "R20",
  "R21",
  "R22",
  "R23",
  "R24",
  "R25",
  "R26",
] as const;

/** One rule of the letter, as numbered in `docs/rules.md`. */
export type RuleId = (typeof RULE_IDS)[number];

/**
 * The section of the letter each rule comes from, by the letter's own Swedish heading, so that a
 * refusal or an obligation can cite its clause.
 */
export const RULE_CLAUSES: Readonly<Record<RuleId, string>> = {
  R1: "Inledning (parterna)",
  R2: "Inledning (parterna)",
  R3: "Kommunal utveckling och tillväxt",
  R4: "Syfte",
  R5: "Syfte",
  R6: "Forskning, utveckling och innovation",
  R7: "Kommunal utveckling och tillväxt",
  R8: "Kompetensutveckling och digitalisering",
  R9: "Samverkan på ledningsnivå och uppföljning",
  R10: "Samverkan på ledningsnivå och uppföljning",
  R11: "Samverkan på ledningsnivå och uppföljning",
  R12: "Samverkan på ledningsnivå och uppföljning",
  R13: "Syfte",
  R14: "Samverkan på ledningsnivå och uppföljning",
  R15: "Samverkan på ledningsnivå och uppföljning",
  R16: "Inledning (parterna)",
  R17: "Giltighet",
  R18: "Giltighet",
  R19: "Giltighet",
  R20: "Giltighet",
  R21: "Samverkan på ledningsnivå och uppföljning",
  R22: "Samverkan på ledningsnivå och uppföljning",
  R23: "Samverkan på ledningsnivå och uppföljning",
  R24: "Samverkan på ledningsnivå och uppföljning",
  // The letter names no substitutes: R25 is the product's rule that keeps R16 true when people are away.
  R25: "Inledning (parterna)",
  R26: "Giltighet",
};
