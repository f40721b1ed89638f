import {
  builtInTemplates,
  date,
  LTU_NOK_TEMPLATE_ID,
  LULEA_TEKNISKA_UNIVERSITET,
  NORRBOTTENS_KOMMUNER,
  signedTemplateLetterEvents,
} from "@samverkan/domain";
import { createLetter } from "../../../src/index";
import { LTU, type MailHarness } from "./mail-harness";

/** A signed LTU–NoK letter under its own title (each letter's heading in the digest). */
export const seedTitled = (harness: MailHarness, letterId: string, title: string) => {
  const template = builtInTemplates().find((t) => t.id === LTU_NOK_TEMPLATE_ID);
  if (!template) throw new Error("no LTU–NoK template");
  const events = signedTemplateLetterEvents(template, {
    letterId,
    title,
    signedOn: date("2025-10-01"),
    parties: [NORRBOTTENS_KOMMUNER, LULEA_TEKNISKA_UNIVERSITET],
  });
  return harness.run(
    createLetter(letterId, events, {
      actor: { sub: "test", orgNumber: LTU },
      requestId: `seed-${letterId}`,
      recordedAt: "2025-10-01T10:00:00Z",
      reply: () => null,
    }),
  );
};
