import type { LetterPreview } from "@samverkan/core";

/** Prints what a run for a later day would do (`pnpm enforce --as-of` after today). */
export function printPreview(asOf: string, today: string, previews: readonly LetterPreview[]) {
  console.log(
    `enforce ${asOf}: after today (${today}), so nothing is recorded and no mail is sent. A run on ${asOf} would, if nothing changed until then:`,
  );
  if (previews.length === 0) console.log("  do nothing: no letter has anything due");
  for (const p of previews) {
    console.log(`  letter ${p.letterId}${p.digest ? " (daily digest)" : ""}:`);
    if (p.wouldRecordEnd) console.log(`    record that it ended on ${p.wouldRecordEnd} (R20)`);
    for (const id of p.wouldFlag)
      console.log(`    flag the special agreement ${id} for review (R20)`);
    for (const { reminder, people, organisationsWithoutContacts } of p.reminders) {
      console.log(
        `    send [${reminder.rule}] ${reminder.kind} ${reminder.key} (due ${reminder.dueOn})`,
      );
      for (const person of people) console.log(`      to ${person}`);
      for (const org of organisationsWithoutContacts)
        console.log(`      nobody at ${org}: no contacts (PUT …/contacts)`);
    }
  }
}
