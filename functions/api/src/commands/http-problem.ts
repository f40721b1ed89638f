import { Data } from "effect";
import type { Problem } from "../http/problem";

/** A request ends in a problem response (4xx) decided before or by the domain. */
export class HttpProblem extends Data.TaggedError("HttpProblem")<{ readonly problem: Problem }> {}
