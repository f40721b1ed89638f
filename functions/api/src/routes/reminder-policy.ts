import { randomUUID } from "node:crypto";
import { NotAllowed, readVisibleLetter } from "@samverkan/core";
import {
  type LetterOfIntent,
  LetterReminderPolicy,
  MAX_LEAD_TIMES,
  type PolicyActor,
  policyInForce,
} from "@samverkan/domain";
import * as Effect from "effect/Effect";
import * as z from "zod/mini";
import { requireCoordinatorOfParty } from "../http/access";
import type { AppDeps } from "../http/app-deps";
import type { Caller } from "../http/caller";
import { withSignersNamed } from "../http/people";
import { etag } from "../http/request-context";
import { component, createRoute } from "../http/route";
import { newRouter } from "../http/router";
import { ok, runToResponse } from "../http/run-effect";
import {
  bearerSecurity,
  Id,
  jsonBody,
  jsonResponse,
  LetterIdParam,
  problemResponses,
} from "../schemas/common";
import { onLetter, runCommand } from "./command-route";

// D-31: the reminder policy binds both principal parties, so a change is a proposal of one party
// that the other party accepts or declines (or its proposer withdraws). Each step is an event of
// the letter (its trail); the letter's version is the ETag every step can be guarded with.

const PolicyBody = /* @__PURE__ */ component(
  /* @__PURE__ */ z.strictObject({
    leadDays: /* @__PURE__ */ z
      .array(/* @__PURE__ */ z.int().check(z.minimum(0), z.maximum(365)))
      .check(
        z.minLength(1),
        z.maxLength(MAX_LEAD_TIMES),
        z.refine((days) => new Set(days).size === days.length, { message: "a lead time twice" }),
      )
      .check(
        z.meta({ description: "Days before each due date to remind", example: [30, 14, 7, 1] }),
      ),
    digest: /* @__PURE__ */ z
      .boolean()
      .check(z.meta({ description: "One message a day per person instead of one per reminder" })),
  }),
  "ReminderPolicy",
);

const PersonView = /* @__PURE__ */ z.object({
  orgNumber: /* @__PURE__ */ z.string(),
  organisation: /* @__PURE__ */ z.string(),
  /** Absent once the person was erased (D-59). */
  sub: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  name: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  erased: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.literal(true)),
});
const ProposalView = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string(),
  leadDays: /* @__PURE__ */ z.array(/* @__PURE__ */ z.int()),
  digest: /* @__PURE__ */ z.boolean(),
  proposedOn: /* @__PURE__ */ z.string(),
  proposedBy: PersonView,
  /** The organisation that may accept or decline it: the other principal party. */
  answeredBy: /* @__PURE__ */ z.string(),
});
const PolicyView = /* @__PURE__ */ component(
  /* @__PURE__ */ z.object({
    leadDays: /* @__PURE__ */ z
      .array(/* @__PURE__ */ z.int())
      .check(z.meta({ description: "The lead times in force, longest first" })),
    digest: /* @__PURE__ */ z.boolean(),
    setBy: /* @__PURE__ */ z
      .nullable(
        /* @__PURE__ */ z.object({
          proposalId: /* @__PURE__ */ z.string(),
          proposedOn: /* @__PURE__ */ z.string(),
          proposedBy: PersonView,
          acceptedOn: /* @__PURE__ */ z.string(),
          acceptedBy: PersonView,
        }),
      )
      .check(
        z.meta({
          description:
            "Who agreed on the policy in force: one party proposed it, the other accepted it, in force from acceptedOn. Null: the default (D-25), in force from the start",
        }),
      ),
    pending: /* @__PURE__ */ z
      .nullable(ProposalView)
      .check(z.meta({ description: "A proposed change the other party has not answered yet" })),
  }),
  "ReminderPolicyState",
);

const ProposalParams = /* @__PURE__ */ z.extend(LetterIdParam, { proposalId: Id });
const tags = ["Reminders"];
const security = bearerSecurity;

const getRoute = createRoute({
  method: "get",
  path: "/v1/agreements/{id}/reminder-policy",
  tags,
  summary: "The reminder policy in force, who agreed on it, and any pending proposal (R22, R23)",
  security,
  request: { params: LetterIdParam },
  responses: {
    200: jsonResponse(PolicyView, "The letter's policy (the default if none was agreed)"),
    ...problemResponses,
  },
});
const proposeRoute = createRoute({
  method: "post",
  path: "/v1/agreements/{id}/reminder-policy/proposals",
  tags,
  summary: "Propose new lead times and digest (coordinator of a principal party; R23, D-31)",
  description:
    "The policy binds both principal parties: a proposal takes effect only when a coordinator of the other principal party accepts it. At most one proposal is pending; another is refused (422 R23 policy-proposal-pending) until it is accepted, declined or withdrawn. The other party is told by the next daily run.",
  security,
  request: { params: LetterIdParam, body: jsonBody(PolicyBody) },
  responses: {
    201: jsonResponse(PolicyView, "The policy with the proposal pending"),
    ...problemResponses,
  },
});
const answerRoute = (action: "accept" | "decline" | "withdraw", summary: string) =>
  createRoute({
    method: "post",
    path: `/v1/agreements/{id}/reminder-policy/proposals/{proposalId}/${action}`,
    tags,
    summary,
    security,
    request: { params: ProposalParams },
    responses: {
      200: jsonResponse(PolicyView, "The policy after the answer"),
      ...problemResponses,
    },
  });
const acceptRoute = answerRoute(
  "accept",
  "Accept the other party's proposal: it is in force from today (R23, D-31)",
);
const declineRoute = answerRoute(
  "decline",
  "Decline the other party's proposal: the policy stays as it is (R23, D-31)",
);
const withdrawRoute = answerRoute("withdraw", "Withdraw your own party's proposal (R23, D-31)");

/** A person acting on the policy, with their organisation's name as the letter has it. */
function personView(letter: LetterOfIntent, person: PolicyActor) {
  const organisation =
    letter.parties.find((party) => party.orgNumber === person.orgNumber)?.name ?? person.orgNumber;
  return { ...person, organisation };
}

/** The policy in force, who agreed on it, and the pending proposal (D-31). */
export function presentPolicy(letter: LetterOfIntent): z.output<typeof PolicyView> {
  const { policy } = policyInForce(letter.reminderPolicy);
  const agreed = letter.reminderPolicy?.agreed ?? null;
  const pending = letter.reminderPolicy?.pending ?? null;
  return {
    leadDays: policy.leadDays,
    digest: policy.digest,
    setBy: agreed && {
      proposalId: agreed.proposalId,
      proposedOn: agreed.proposedOn,
      proposedBy: personView(letter, agreed.proposedBy),
      acceptedOn: agreed.acceptedOn,
      acceptedBy: personView(letter, agreed.acceptedBy),
    },
    pending: pending && {
      id: pending.proposalId,
      leadDays: pending.policy.leadDays,
      digest: pending.policy.digest,
      proposedOn: pending.proposedOn,
      proposedBy: personView(letter, pending.proposedBy),
      answeredBy:
        letter.parties.find((party) => party.orgNumber !== pending.proposedBy.orgNumber)
          ?.orgNumber ?? "",
    },
  };
}

/** Coordinators of the principal parties only; the refusal names the rule (R23). */
function authorize(caller: Caller, letter: LetterOfIntent) {
  const refusal = requireCoordinatorOfParty(caller, letter);
  return refusal && new NotAllowed({ code: refusal.code, message: refusal.message, rule: "R23" });
}

/** GET …/reminder-policy and its proposals: a shared setting changes only with both parties. */
export function reminderPolicyRoutes(deps: AppDeps) {
  const answer =
    (
      route: typeof acceptRoute,
      type: "AcceptReminderPolicy" | "DeclineReminderPolicy" | "WithdrawReminderPolicy",
    ) =>
    // biome-ignore lint/suspicious/noExplicitAny: each answer route's context; the params are the same.
    (c: any) => {
      const { id, proposalId } = c.req.valid("param") as { id: string; proposalId: string };
      const caller = c.get("caller") as Caller;
      return runCommand(
        c,
        deps,
        route,
        200,
        onLetter(
          id,
          (on) => ({ type, actor: caller, proposalId, on }),
          (letter) => authorize(caller, letter),
          presentPolicy,
        ),
      );
    };
  return newRouter()
    .openapi(getRoute, (c) => {
      const { id } = c.req.valid("param");
      const caller = c.get("caller");
      const program = Effect.gen(function* () {
        const head = yield* readVisibleLetter(id, caller);
        return ok(getRoute, 200, presentPolicy(head.letter), { etag: etag(head.letter.version) });
      });
      // The proposer's and accepter's sealed names are opened (D-58), as a command's reply's are.
      return runToResponse(c, deps.runtime, withSignersNamed(program, caller));
    })
    .openapi(proposeRoute, (c) => {
      const { id } = c.req.valid("param");
      const policy = LetterReminderPolicy.parse(c.req.valid("json"));
      const caller = c.get("caller");
      const proposalId = randomUUID();
      return runCommand(c, deps, proposeRoute, 201, {
        ...onLetter(
          id,
          (on) => ({ type: "ProposeReminderPolicy", actor: caller, proposalId, policy, on }),
          (letter) => authorize(caller, letter),
          presentPolicy,
        ),
        location: `/v1/agreements/${id}/reminder-policy/proposals/${proposalId}`,
      });
    })
    .openapi(acceptRoute, answer(acceptRoute, "AcceptReminderPolicy"))
    .openapi(declineRoute, answer(declineRoute, "DeclineReminderPolicy"))
    .openapi(withdrawRoute, answer(withdrawRoute, "WithdrawReminderPolicy"));
}
