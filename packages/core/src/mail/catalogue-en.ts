import type { Catalogue, ReminderWords } from "./catalogue";

// English for contacts who chose it; the letter's Swedish terms are given in English words.

const what = ({ about }: ReminderWords) => {
  switch (about.duty) {
    case "dialog-basis":
      return "basis for the leadership dialog";
    case "half-year-dialog":
      return "leadership dialog";
    case "annual-needs-review":
      return "review of needs";
    case "structure-review":
      return "review of the collaboration structure";
    case "funding-application-submission":
      return `application to ${about.title ?? "the funder"}`;
    case "notice-period":
    case "letter-end":
      return "end of the letter of intent";
    case "special-agreement-signatures":
      return `signatures of the special agreement “${about.title ?? ""}”`;
    case "special-agreement-review":
      return `review of the special agreement “${about.title ?? ""}”`;
    case "reminder-policy-proposal":
      return "proposed change of reminders";
    case "amendment-proposal":
      return "amendment of the terms to sign";
  }
};

/** "30, 14, 7 and 1 days": a proposal's lead times in words (D-31). */
const days = (leadDays: readonly number[]) =>
  leadDays.length > 1
    ? `${leadDays.slice(0, -1).join(", ")} and ${leadDays.at(-1)} days`
    : `${leadDays[0] ?? 0} ${leadDays[0] === 1 ? "day" : "days"}`;

export const english: Catalogue = {
  locale: "en-GB",
  what,
  subject: (w) => {
    if (w.kind === "overdue") return `Overdue: ${what(w)} due ${w.due}`;
    if (w.kind === "letter-ended") return `The letter of intent ended on ${w.due}`;
    if (w.kind === "notice-period-ending") return `Reminder: the letter of intent ends on ${w.due}`;
    if (w.kind === "awaiting-signatures") return `Reminder: ${what(w)} awaited since ${w.due}`;
    if (w.kind === "signature-requested")
      return `Your turn to sign the special agreement “${w.about.title ?? ""}”`;
    if (w.kind === "flagged-for-review") return `To do: ${what(w)}`;
    if (w.kind === "policy-proposed") return "To answer: a proposed change of reminders";
    if (w.kind === "amendment-proposed") return "To sign: an amendment of the terms";
    return `Reminder: ${what(w)} due ${w.due}`;
  },
  when: (w) => {
    if (w.kind === "letter-ended") return `The letter of intent ended on ${w.due}.`;
    if (w.kind === "awaiting-signatures") return `Awaiting signatures since ${w.due}.`;
    if (w.kind === "signature-requested")
      return `Another party signed on ${w.due}. The agreement now awaits your signature.`;
    if (w.kind === "flagged-for-review") return `Flagged for review on ${w.due}.`;
    if (w.kind === "policy-proposed") return `Proposed on ${w.due}.`;
    if (w.kind === "amendment-proposed") return `Proposed on ${w.due}.`;
    if (w.daysLeft < 0) return `Was due on ${w.due}.`;
    const left =
      w.daysLeft === 0 ? "today" : w.daysLeft === 1 ? "tomorrow" : `in ${w.daysLeft} days`;
    return `Due on ${w.due} (${left}).`;
  },
  fulfilledBy: ({ about, dialogOn }) => {
    switch (about.duty) {
      case "dialog-basis":
        return `The collaboration group submits its basis for the leadership dialog${dialogOn ? ` on ${dialogOn}` : ""}.`;
      case "half-year-dialog":
        return `A leadership dialog is held and recorded within ${about.period ?? "the period"}.`;
      case "annual-needs-review":
        return `A leadership dialog in ${about.period ?? "the year"} whose record includes a review of needs.`;
      case "structure-review":
        return `The parties review the collaboration structure for ${about.period ?? "the year"} and record the review.`;
      case "funding-application-submission":
        return "The application is submitted and recorded as submitted.";
      case "notice-period":
        return "Notice has been given. The parties decide what happens to running special agreements before the letter ends.";
      case "letter-end":
        return "Running special agreements have been flagged for review by their parties.";
      case "special-agreement-signatures":
        return "Every party to the special agreement signs it.";
      case "special-agreement-review":
        return "The parties to the special agreement decide whether and how it continues.";
      case "reminder-policy-proposal": {
        const proposal = about.proposal;
        const digest = proposal?.digest ? ", gathered in one message a day" : "";
        return `The other party proposes reminders ${days(proposal?.leadDays ?? [])} before each date${digest}. It takes effect only when your organisation accepts it. Accept or decline it in Samverkan.`;
      }
      case "amendment-proposal":
        return `The other party proposes new terms from ${about.amendment?.effectiveFrom ?? ""}. The amendment binds only when both parties have signed it. An authorised signatory signs or withdraws it in Samverkan.`;
    }
  },
  greeting: (name) => (name ? `Hello ${name},` : "Hello,"),
  ruleAndClause: (rule, clause) => `${rule}, section “${clause}” of the letter of intent`,
  labels: {
    due: "What is due",
    rule: "Rule",
    how: "What fulfils it",
    open: "Open in Samverkan",
    calendar: "The date is attached as a calendar file (.ics).",
  },
  footer: (organisations, title) =>
    `You receive this as a contact person for ${organisations} in “${title}”. Samverkan sends it automatically.`,
  digestSubject: (count, day) =>
    `Samverkan: ${count} ${count === 1 ? "reminder" : "reminders"} on ${day}`,
  digestIntro: (count, title) =>
    `Here ${count === 1 ? "is today's reminder" : `are today's ${count} reminders`} for “${title}”.`,
  personDigest: {
    intro: (count, letters) =>
      `Here are today's ${count} reminders from ${letters} letters of intent, under each letter's name.`,
    moreReminders: (count) =>
      `${count} more ${count === 1 ? "reminder" : "reminders"} for this letter of intent ${count === 1 ? "is" : "are"} under My tasks.`,
    moreLetters: (letters) =>
      `You also have reminders in ${letters} more ${letters === 1 ? "letter" : "letters"} of intent. See them under My tasks.`,
    myTasks: "Open My tasks",
    footer: (organisations) =>
      `You receive this as a contact person for ${organisations}. Samverkan sends it automatically, once a day.`,
  },
};
