import type { Activity, Agreement, Obligation } from "@samverkan/client";
import type { MessageKey, MessageParams } from "../i18n/i18n";
import { RULES, type RuleId } from "./letter-text";

// Each rule's status today, for the letter's page: from the agreement, its obligations and its
// activities, as the API gives them. Rules checked on every command have no state to show.

export type Tone = "ok" | "attention" | "overdue" | "neutral";

export interface RuleStatus {
  readonly tone: Tone;
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

export interface RuleStatusInput {
  readonly agreement: Agreement;
  readonly obligations: readonly Obligation[];
  readonly activities: readonly Activity[];
  readonly notificationsSent: number;
  readonly municipalitiesConfigured: number;
  /** Formats a date for the messages. */
  readonly date: (day: string) => string;
}

const OBLIGATION_KIND_OF_RULE: Partial<Record<RuleId, Obligation["kind"]>> = {
  R7: "funding-application-submission",
  R10: "half-year-dialog",
  R12: "dialog-basis",
  R13: "annual-needs-review",
  R15: "structure-review",
};

function obligationStatus(of: readonly Obligation[], date: RuleStatusInput["date"]): RuleStatus {
  const first = (status: Obligation["status"]) =>
    of.filter((o) => o.status === status).sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
  const overdue = first("overdue");
  if (overdue)
    return { tone: "overdue", key: "ruleStatus.overdue", params: { date: date(overdue.dueOn) } };
  const soon = first("due-soon");
  if (soon)
    return { tone: "attention", key: "ruleStatus.dueSoon", params: { date: date(soon.dueOn) } };
  const next = first("upcoming");
  if (next) return { tone: "ok", key: "ruleStatus.nextDue", params: { date: date(next.dueOn) } };
  if (first("lapsing")) return { tone: "neutral", key: "ruleStatus.lapsing" };
  if (first("fulfilled")) return { tone: "ok", key: "ruleStatus.fulfilled" };
  return { tone: "neutral", key: "ruleStatus.nothingDue" };
}

function validity(rule: RuleId, { agreement, date }: RuleStatusInput): RuleStatus {
  const notice = agreement.notice;
  if (rule === "R17")
    return agreement.inForceFrom
      ? {
          tone: "ok",
          key: "ruleStatus.inForceSince",
          params: { date: date(agreement.inForceFrom) },
        }
      : { tone: "attention", key: "ruleStatus.draft" };
  if (agreement.status === "ended" && notice)
    return { tone: "neutral", key: "ruleStatus.ended", params: { date: date(notice.endsOn) } };
  if (notice)
    return {
      tone: "attention",
      key: rule === "R20" ? "ruleStatus.willEnd" : "ruleStatus.noticeGiven",
      params: { received: date(notice.receivedOn), ends: date(notice.endsOn) },
    };
  return rule === "R20"
    ? { tone: "neutral", key: "ruleStatus.appliesAtEnd" }
    : { tone: "ok", key: "ruleStatus.noNotice" };
}

function ruleStatus(rule: RuleId, input: RuleStatusInput): RuleStatus {
  const kind = OBLIGATION_KIND_OF_RULE[rule];
  if (kind)
    return obligationStatus(
      input.obligations.filter((o) => o.kind === kind),
      input.date,
    );
  switch (rule) {
    case "R3":
      return {
        tone: "neutral",
        key: "ruleStatus.municipalities",
        params: { count: input.municipalitiesConfigured },
      };
    case "R9": {
      const members = input.agreement.collaborationGroup?.members ?? [];
      const complete = input.agreement.parties.every((p) =>
        members.some((m) => m.orgNumber === p.orgNumber),
      );
      return complete
        ? { tone: "ok", key: "ruleStatus.groupAppointed", params: { count: members.length } }
        : { tone: "attention", key: "ruleStatus.groupMissing" };
    }
    case "R11":
      return { tone: "neutral", key: "ruleStatus.checkedWhenRecording" };
    case "R14": {
      const waiting = input.activities.filter((a) => a.status === "awaiting-signatures").length;
      if (input.activities.length === 0) return { tone: "neutral", key: "ruleStatus.noActivities" };
      return waiting > 0
        ? { tone: "attention", key: "ruleStatus.awaitingSignatures", params: { count: waiting } }
        : { tone: "ok", key: "ruleStatus.allSigned" };
    }
    case "R17":
    case "R18":
    case "R19":
    case "R20":
      return validity(rule, input);
    case "R21":
      return {
        tone: "neutral",
        key: "ruleStatus.obligationCount",
        params: { count: input.obligations.length },
      };
    case "R24":
      return { tone: "neutral", key: "ruleStatus.reportEachYear" };
    case "R23":
      return { tone: "neutral", key: "ruleStatus.contacts" };
    case "R22":
      return {
        tone: "neutral",
        key: "ruleStatus.dailyRun",
        params: { count: input.notificationsSent },
      };
    default:
      return { tone: "neutral", key: "ruleStatus.checkedOnEachAction" };
  }
}

/** Every rule's status today. */
export function ruleStatuses(
  input: RuleStatusInput,
): ReadonlyArray<{ rule: RuleId; status: RuleStatus }> {
  return RULES.map((rule) => ({ rule, status: ruleStatus(rule, input) }));
}
