import { createHash } from "node:crypto";
import { daysBetween, type PersonToTell, RULE_CLAUSES, type RuleId } from "@samverkan/domain";
import type { Notification } from "../run/notifier";
import { type Catalogue, type ReminderWords, writtenDate } from "./catalogue";
import type { MessageBlock } from "./html";
import type { MailSettings } from "./mail-settings";
import type { DueDateEvent } from "./reminder-ics";
import { workspaceLink } from "./workspace-link";

/** What every message of a letter knows beside the reminder: the letter and its parties' names. */
export interface LetterContext {
  readonly letterId: string;
  readonly title: string;
  readonly organisationNames: ReadonlyMap<string, string>;
}

/** A person's id in keys: a hash of the address, so no address is ever part of a key. */
export const personId = (email: string) =>
  createHash("sha256").update(email).digest("hex").slice(0, 32);

/** A Message-ID that is the same for the same person and message on every attempt. */
export function messageIdOf(settings: MailSettings, letterId: string, key: string, email: string) {
  const domain = /@([^>\s]+)/.exec(settings.from)?.[1] ?? "samverkan.localhost";
  const hash = createHash("sha256").update(`${letterId}\n${key}\n${email}`).digest("hex");
  return `<${hash.slice(0, 40)}@${domain}>`;
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** The words of one reminder in a catalogue's language. */
export function wordsOf(catalogue: Catalogue, n: Notification): ReminderWords {
  const about = n.about ?? { duty: "half-year-dialog" as const };
  return {
    kind: n.kind,
    about,
    due: writtenDate(catalogue, n.dueOn),
    daysLeft: daysBetween(n.sentOn as never, n.dueOn as never),
    ...(about.dialogOn ? { dialogOn: writtenDate(catalogue, about.dialogOn) } : {}),
  };
}

/**
 * One reminder as blocks of a message (what is due and when, the rule and its clause, what
 * fulfils it, the link) and as an event of its calendar file (R23).
 */
export function reminderParts(
  catalogue: Catalogue,
  n: Notification,
  settings: MailSettings,
): { subject: string; blocks: MessageBlock[]; event: DueDateEvent } {
  const words = wordsOf(catalogue, n);
  const subject = catalogue.subject(words);
  const link = workspaceLink(settings.webBaseUrl, n.letterId, words.about);
  const clause = RULE_CLAUSES[n.rule as RuleId] ?? "";
  const fulfilledBy = catalogue.fulfilledBy(words);
  const blocks: MessageBlock[] = [
    { heading: catalogue.labels.due, lines: [subject, catalogue.when(words)] },
    { heading: catalogue.labels.rule, lines: [catalogue.ruleAndClause(n.rule, clause)] },
    {
      heading: catalogue.labels.how,
      lines: [fulfilledBy],
      link: { label: catalogue.labels.open, href: link },
    },
  ];
  const event: DueDateEvent = {
    uid: `${n.about?.obligationId ?? n.key.split("#")[0]}@${n.letterId}.samverkan`,
    day: n.dueOn,
    summary: `${capitalised(catalogue.what(words))} (${n.rule})`,
    description: `${catalogue.when(words)} ${fulfilledBy} ${link}`,
    url: link,
  };
  return { subject, blocks, event };
}

/** Whom a message is for, in the footer: the person's organisations by name. */
export function organisationsOf(person: PersonToTell, letter: LetterContext) {
  return person.orgNumbers.map((org) => letter.organisationNames.get(org) ?? org).join(", ");
}
