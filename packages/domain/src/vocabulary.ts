// `@samverkan/domain/vocabulary`: the letter's rule ids, the clause each comes from, its focus
// areas and activity kinds, as plain data, and the notice rule's end date. No zod and no rules: what a client shows them with
// costs it only these lists.

// Facts the web's forms check before sending (issue #18 item 6): one copy, the domain's.
export { addDays, type CalendarDate, isCalendarDate } from "./calendar/calendar-date";
export { MAX_CONTACTS_PER_ORGANISATION } from "./contacts/contact";
export { EMAIL_ADDRESS } from "./contacts/email-address";
export { DIALOG_TOPICS } from "./dialog/dialog-model";
// The notice rule itself (R18, D-6), so a client shows the end date a notice would give before it
// is given (issue #17, "confirm, then receipt") without a copy of the rule.
export { noticeEndDate } from "./letter/letter-status";
export { RULE_CLAUSES, RULE_IDS, type RuleId } from "./rules/rule-ids";
export { ACTIVITY_KINDS, FOCUS_AREAS } from "./vocabulary/slugs";
