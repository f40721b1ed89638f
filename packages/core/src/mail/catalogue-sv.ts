import type { Catalogue, ReminderWords } from "./catalogue";

// Swedish, the letter's own language: its words (ledningsdialog, samverkansgrupp, särskilt avtal).

const what = ({ about }: ReminderWords) => {
  switch (about.duty) {
    case "dialog-basis":
      return "underlag till ledningsdialog";
    case "half-year-dialog":
      return "ledningsdialog";
    case "annual-needs-review":
      return "genomgång av behov";
    case "structure-review":
      return "uppföljning av samverkansstrukturen";
    case "funding-application-submission":
      return `ansökan till ${about.title ?? "finansiär"}`;
    case "notice-period":
    case "letter-end":
      return "avsiktsförklaringens slut";
    case "special-agreement-signatures":
      return `underskrift av särskilt avtal ”${about.title ?? ""}”`;
    case "special-agreement-review":
      return `översyn av särskilt avtal ”${about.title ?? ""}”`;
    case "reminder-policy-proposal":
      return "förslag om nya påminnelser";
    case "amendment-proposal":
      return "tillägg till villkoren att skriva under";
  }
};

/** "30, 14, 7 och 1 dagar": a proposal's lead times in words (D-31). */
const days = (leadDays: readonly number[]) =>
  leadDays.length > 1
    ? `${leadDays.slice(0, -1).join(", ")} och ${leadDays.at(-1)} dagar`
    : `${leadDays[0] ?? 0} ${leadDays[0] === 1 ? "dag" : "dagar"}`;

export const swedish: Catalogue = {
  locale: "sv-SE",
  what,
  subject: (w) => {
    if (w.kind === "overdue") return `Försenat: ${what(w)} senast ${w.due}`;
    if (w.kind === "letter-ended") return `Avsiktsförklaringen upphörde ${w.due}`;
    if (w.kind === "notice-period-ending") return `Påminnelse: avsiktsförklaringen upphör ${w.due}`;
    if (w.kind === "awaiting-signatures") return `Påminnelse: ${what(w)} väntar sedan ${w.due}`;
    if (w.kind === "signature-requested")
      return `Er tur att skriva under det särskilda avtalet ”${w.about.title ?? ""}”`;
    if (w.kind === "flagged-for-review") return `Att göra: ${what(w)}`;
    if (w.kind === "policy-proposed") return "Att besvara: förslag om nya påminnelser";
    if (w.kind === "amendment-proposed") return "Att skriva under: tillägg till villkoren";
    return `Påminnelse: ${what(w)} senast ${w.due}`;
  },
  when: (w) => {
    if (w.kind === "letter-ended") return `Avsiktsförklaringen upphörde ${w.due}.`;
    if (w.kind === "awaiting-signatures") return `Väntar på underskrift sedan ${w.due}.`;
    if (w.kind === "signature-requested")
      return `En annan part skrev under ${w.due}. Nu väntar avtalet på er underskrift.`;
    if (w.kind === "flagged-for-review") return `Flaggat för översyn ${w.due}.`;
    if (w.kind === "policy-proposed") return `Föreslaget ${w.due}.`;
    if (w.kind === "amendment-proposed") return `Föreslaget ${w.due}.`;
    if (w.daysLeft < 0) return `Skulle ha varit klart senast ${w.due}.`;
    const left =
      w.daysLeft === 0 ? "i dag" : w.daysLeft === 1 ? "i morgon" : `om ${w.daysLeft} dagar`;
    return `Senast ${w.due} (${left}).`;
  },
  fulfilledBy: ({ about, dialogOn }) => {
    switch (about.duty) {
      case "dialog-basis":
        return `Samverkansgruppen lämnar in underlaget till ledningsdialogen${dialogOn ? ` den ${dialogOn}` : ""}.`;
      case "half-year-dialog":
        return `En ledningsdialog hålls och dokumenteras under perioden ${about.period ?? ""}.`;
      case "annual-needs-review":
        return `En ledningsdialog under ${about.period ?? "året"} vars dokumentation innehåller en genomgång av behoven.`;
      case "structure-review":
        return `Parterna följer upp samverkansstrukturen för ${about.period ?? "året"} och registrerar uppföljningen.`;
      case "funding-application-submission":
        return "Ansökan lämnas in och registreras som inlämnad.";
      case "notice-period":
        return "Avsiktsförklaringen är uppsagd. Parterna bestämmer vad som händer med pågående särskilda avtal innan den upphör.";
      case "letter-end":
        return "Pågående särskilda avtal har flaggats för översyn av sina parter.";
      case "special-agreement-signatures":
        return "Alla parter i det särskilda avtalet skriver under.";
      case "special-agreement-review":
        return "Parterna i det särskilda avtalet går igenom om och hur det ska fortsätta.";
      case "reminder-policy-proposal": {
        const proposal = about.proposal;
        const digest = proposal?.digest ? ", samlade i ett meddelande per dag" : "";
        return `Den andra parten föreslår påminnelser ${days(proposal?.leadDays ?? [])} före varje datum${digest}. Förslaget gäller först när er organisation har godkänt det. Godkänn eller avböj det i Samverkan.`;
      }
      case "amendment-proposal":
        return `Den andra parten föreslår nya villkor från ${about.amendment?.effectiveFrom ?? ""}. Tillägget gäller först när båda parterna har skrivit under. En firmatecknare skriver under eller drar tillbaka det i Samverkan.`;
    }
  },
  greeting: (name) => (name ? `Hej ${name}!` : "Hej!"),
  ruleAndClause: (rule, clause) => `${rule}, avsnittet ”${clause}” i avsiktsförklaringen`,
  labels: {
    due: "Vad som gäller",
    rule: "Regel",
    how: "Så uppfylls det",
    open: "Öppna i Samverkan",
    calendar: "Datumet finns som kalenderfil (.ics) i meddelandet.",
  },
  footer: (organisations, title) =>
    `Du får det här som kontaktperson för ${organisations} i ”${title}”. Meddelandet skickas automatiskt av Samverkan.`,
  digestSubject: (count, day) =>
    `Samverkan: ${count} ${count === 1 ? "påminnelse" : "påminnelser"} ${day}`,
  digestIntro: (count, title) =>
    `Här är dagens ${count === 1 ? "påminnelse" : `${count} påminnelser`} för ”${title}”.`,
  personDigest: {
    intro: (count, letters) =>
      `Här är dagens ${count} påminnelser från ${letters} avsiktsförklaringar. De står under varje avsiktsförklarings namn.`,
    moreReminders: (count) =>
      `Ytterligare ${count} ${count === 1 ? "påminnelse" : "påminnelser"} för den här avsiktsförklaringen finns under Mina uppgifter.`,
    moreLetters: (letters) =>
      `Du har också påminnelser i ${letters} ${letters === 1 ? "avsiktsförklaring" : "avsiktsförklaringar"} till. Du ser dem under Mina uppgifter.`,
    myTasks: "Öppna Mina uppgifter",
    footer: (organisations) =>
      `Du får det här som kontaktperson för ${organisations}. Meddelandet skickas automatiskt av Samverkan, en gång per dag.`,
  },
};
