import { Effect } from "effect";
import { agreementNotFound } from "../http/access";
import { readLetter } from "../store/letter-store";
import { HttpProblem } from "./http-problem";

/**
 * The letter's head if the organisation may see it (a party, a member municipality, a project
 * party); otherwise the same 404 as for a letter that does not exist, so none is leaked.
 */
export const readVisibleLetter = (letterId: string, caller: { readonly orgNumber: string }) =>
  Effect.gen(function* () {
    const head = yield* readLetter(letterId);
    if (!head?.viewers.includes(caller.orgNumber))
      return yield* Effect.fail(new HttpProblem({ problem: agreementNotFound(letterId) }));
    return head;
  });
