#!/usr/bin/env node
// A small demo of @samverkan/domain: the LTU–NoK letter's status, obligations and reminders on a
// date: `pnpm demo [--as-of …]`.
//
//   node packages/domain/examples/obligations-demo.mjs [--as-of YYYY-MM-DD] [--signed-on YYYY-MM-DD]
//                                                      [--notice-on YYYY-MM-DD]
import { parseArgs } from "node:util";
import {
  CalendarDate,
  LTU_NOK_ASSUMED_SIGNED_ON,
  LULEA_TEKNISKA_UNIVERSITET,
  letterAsOf,
  letterDecider,
  letterReminders,
  signedLtuNokLetterEvents,
} from "@samverkan/domain";

// The domain never reads the clock; the edge turns "now" into a Stockholm calendar date.
const todayInStockholm = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(
  new Date(),
);

function fail(message) {
  console.error(`obligations-demo: ${message}`);
  process.exit(2);
}

function dateOption(value, name) {
  const parsed = CalendarDate.safeParse(value);
  if (!parsed.success) fail(`--${name} ${value}: ${parsed.error.issues[0].message}`);
  return parsed.data;
}

let options;
try {
  ({ values: options } = parseArgs({
    options: {
      "as-of": { type: "string", default: todayInStockholm },
      "signed-on": { type: "string", default: LTU_NOK_ASSUMED_SIGNED_ON },
      "notice-on": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  }));
} catch (error) {
  fail(error.message);
}
if (options.help) {
  console.log(
    "Usage: pnpm demo [--as-of YYYY-MM-DD] [--signed-on YYYY-MM-DD] [--notice-on YYYY-MM-DD]",
  );
  process.exit(0);
}
const asOf = dateOption(options["as-of"], "as-of");
const signedOn = dateOption(options["signed-on"], "signed-on");

const events = signedLtuNokLetterEvents({ letterId: "ltu-nok", signedOn });
if (options["notice-on"]) {
  const receivedOn = dateOption(options["notice-on"], "notice-on");
  const actor = {
    sub: "demo",
    orgNumber: LULEA_TEKNISKA_UNIVERSITET.orgNumber,
    roles: ["signatory"],
  };
  const decision = letterDecider.decide(
    { type: "GiveTerminationNotice", actor, receivedOn },
    events.reduce(letterDecider.evolve, null),
  );
  if (!decision.ok)
    fail(`notice refused by ${decision.violation.rule}: ${decision.violation.message}`);
  events.push(...decision.events);
}

const letter = events.reduce(letterDecider.evolve, letterDecider.initialState);
const view = letterAsOf(letter, asOf);
const assumed =
  options["signed-on"] === LTU_NOK_ASSUMED_SIGNED_ON
    ? " (assumed: the scan shows no date, D-10)"
    : "";
console.log(`${letter.title}\n`);
console.log(`Parties:      ${letter.parties.map((p) => `${p.name} ${p.orgNumber}`).join(" and ")}`);
console.log(`Signed on:    ${signedOn}${assumed}`);
console.log(`As of:        ${asOf}`);
console.log(
  `Status:       ${view.status}${view.notice ? ` (notice by ${view.notice.givenBy} received ${view.notice.receivedOn}, ends ${view.notice.endsOn})` : ""}`,
);
console.log("\nObligations:");
console.table(
  view.obligations.map((o) => ({
    rule: o.rule,
    id: o.id,
    due: o.dueOn,
    status: o.status,
    fulfilled: o.fulfilledOn ?? "",
  })),
);
const reminders = letterReminders(letter, asOf);
console.log(`Reminders a daily run would send on ${asOf}: ${reminders.length}`);
for (const r of reminders) console.log(`  [${r.rule}] ${r.kind}: ${r.message}`);
