import { Router } from "./route";

export { MAX_LISTED_ERRORS, type Router } from "./route";

/**
 * A router for one resource's routes. Invalid input is a 400 problem listing the failing fields
 * (at most `MAX_LISTED_ERRORS`), never a 500.
 *
 * @example const routes = newRouter(); routes.openapi(getRoute, handler); app.route("/", routes);
 */
export function newRouter(): Router {
  return new Router();
}
