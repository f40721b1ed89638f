import { Router } from "./route";

export { MAX_LISTED_ERRORS, type Router } from "./route";

/**
 * A router for one resource's routes (a route group). Invalid input is a 400 problem listing the
 * failing fields (at most `MAX_LISTED_ERRORS`), never a 500.
 *
 * @example return newRouter().openapi(getRoute, handler);
 */
export function newRouter(): Router {
  return new Router();
}
