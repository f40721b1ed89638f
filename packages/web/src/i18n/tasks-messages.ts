// "Mina uppgifter"'s words in both languages (D-48). Imported by its page only, so they load with
// its chunk, as the report page's do.
import { addMessages } from "./messages";

const sv = {
  "tasks.title": "Mina uppgifter",
  "tasks.intro":
    "Det här ska du göra i alla avsiktsförklaringar som din organisation är med i. Det som är försenat står först.",
  "tasks.organisation": "Visa allt som organisationen ska göra",
  "tasks.none": "Du har inget att göra just nu.",
  "tasks.noneForOrganisation": "Organisationen har inget att göra just nu.",
  "tasks.task": "Uppgift",
  "tasks.letter": "Avsiktsförklaring",
  "tasks.rule": "Regel",
  "tasks.dueOn": "Senast",
  "tasks.status": "Läge",
  "tasks.more": "Visa fler",
  "tasks.status.overdue": "Försenad",
  "tasks.status.due-soon": "Snart",
  "tasks.status.upcoming": "Kommande",
  "tasks.kind.dialog-basis": "Skicka underlag till ledningsdialogen",
  "tasks.kind.half-year-dialog": "Håll en ledningsdialog",
  "tasks.kind.annual-needs-review": "Gå igenom behoven vid en ledningsdialog",
  "tasks.kind.structure-review": "Följ upp samverkansstrukturen",
  "tasks.kind.funding-application-submission": "Skicka in den gemensamma ansökan",
  "tasks.kind.letter-signature": "Skriv under avsiktsförklaringen",
  "tasks.kind.special-agreement-signature": "Skriv under det särskilda avtalet",
} as const;

const en: Readonly<Record<keyof typeof sv, string>> = {
  "tasks.title": "My tasks",
  "tasks.intro":
    "What you need to do in every letter of intent your organisation takes part in. Overdue tasks come first.",
  "tasks.organisation": "Show everything my organisation needs to do",
  "tasks.none": "You have nothing to do right now.",
  "tasks.noneForOrganisation": "Your organisation has nothing to do right now.",
  "tasks.task": "Task",
  "tasks.letter": "Letter of intent",
  "tasks.rule": "Rule",
  "tasks.dueOn": "Due",
  "tasks.status": "Status",
  "tasks.more": "Show more",
  "tasks.status.overdue": "Overdue",
  "tasks.status.due-soon": "Due soon",
  "tasks.status.upcoming": "Upcoming",
  "tasks.kind.dialog-basis": "Send the basis for the leadership dialog",
  "tasks.kind.half-year-dialog": "Hold a leadership dialog",
  "tasks.kind.annual-needs-review": "Review the needs at a leadership dialog",
  "tasks.kind.structure-review": "Review the collaboration structure",
  "tasks.kind.funding-application-submission": "Submit the joint application",
  "tasks.kind.letter-signature": "Sign the letter of intent",
  "tasks.kind.special-agreement-signature": "Sign the special agreement",
};

export type TaskMessageKey = keyof typeof sv;

addMessages({ sv, en });
