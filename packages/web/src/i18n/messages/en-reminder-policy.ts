import type { svReminderPolicy } from "./sv-reminder-policy";

/** The reminder settings page (R23, D-31) in English. */
export const enReminderPolicy: Record<keyof typeof svReminderPolicy, string> = {
  "policy.title": "Reminder settings",
  "policy.intro":
    "The settings apply to both parties. A change takes effect only when the other party has accepted it.",
  "policy.link": "Reminder settings",
  "policy.current": "In force now",
  "policy.days": "Reminders are sent {days} days before each date.",
  "policy.digest.on": "Each person gets the day's reminders in one message.",
  "policy.digest.off": "Each reminder is sent as a message of its own.",
  "policy.setBy":
    "{proposer} proposed it on {proposedOn}. {accepter} accepted it on {acceptedOn}; it has applied since then.",
  "policy.default": "The default settings apply. The parties have not agreed on a change.",
  "policy.pending": "Proposal awaiting an answer",
  "policy.pendingBy": "{proposer} proposed on {proposedOn}:",
  "policy.waitingFor": "The proposal awaits an answer from {org}.",
  "policy.accept": "Accept the proposal",
  "policy.decline": "Decline the proposal",
  "policy.withdraw": "Withdraw the proposal",
  "policy.accepted": "The proposal is accepted and applies from today",
  "policy.declined": "The proposal is declined",
  "policy.withdrawn": "The proposal is withdrawn",
  "policy.proposed": "The proposal is sent to the other party",
  "policy.propose": "Propose a change",
  "policy.proposeIntro":
    "The other party is told of the proposal and can accept or decline it. Only one proposal at a time can await an answer.",
  "policy.leadDays": "Days before each date",
  "policy.leadDaysHint":
    "Whole days from 0 to 365, separated by commas, for example 30, 14, 7, 1. At most 10.",
  "policy.leadDaysError":
    "Write 1 to 10 different whole days from 0 to 365, separated by commas, for example 30, 14, 7, 1.",
  "policy.digestChoice": "Gather the reminders in one message a day",
  "policy.send": "Send the proposal",
  "policy.person": "{name}, {org}",
  "notifications.kind.policy-proposed": "A proposed change of reminders to answer",
  "event.ReminderPolicyProposed": "A change of reminders was proposed",
  "event.ReminderPolicyAccepted": "The change of reminders was accepted",
  "event.ReminderPolicyDeclined": "The change of reminders was declined",
  "event.ReminderPolicyWithdrawn": "The proposed change of reminders was withdrawn",
};
