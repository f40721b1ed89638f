import type { Hono, MiddlewareHandler } from "hono";
import { every } from "hono/combine";
import { ROUTE_GROUP_NAMES, ROUTE_GROUPS, type RouteGroupName } from "../routes/route-groups";
import { ROUTE_TABLE } from "../routes/route-table";
import type { AppDeps } from "./app-deps";
import type { AppEnv } from "./caller";
import type { RegisteredRoute, RouteDefinition, Router } from "./route";

/** One row of the route table: the group that serves a method and a path (Hono's form). */
export type RouteTableEntry = readonly [RouteGroupName, RouteDefinition["method"], string];

/** An app's route groups, each built once, on first use. */
export interface LoadedRouteGroups {
  /** The group `name`, loaded and built for the app. */
  group(name: RouteGroupName): Promise<Router>;
  /** Every route the OpenAPI document describes, every group loaded, in matching order. */
  definitions(): Promise<RouteDefinition[]>;
}

/** Loads each group on its first use; a group that fails to load is tried again next time. */
export function loadedRouteGroups(deps: AppDeps): LoadedRouteGroups {
  const built = new Map<RouteGroupName, Promise<Router>>();
  const group = (name: RouteGroupName) => {
    let router = built.get(name);
    if (!router) {
      router = ROUTE_GROUPS[name]().then((routes) => routes(deps));
      router.catch(() => built.delete(name));
      built.set(name, router);
    }
    return router;
  };
  return {
    group,
    definitions: async () =>
      (await Promise.all(ROUTE_GROUP_NAMES.map(group))).flatMap((router) => router.definitions),
  };
}

const keyOf = (method: string, path: string) => `${method} ${path}`;

/**
 * Registers every route of the route table on `app`, each served by its group once loaded: a
 * group's code, schemas and handlers are loaded and built on its first request, not at a cold
 * start. The route is matched by the app itself, so its middleware, its path parameters and its
 * place in the matching order are those of an eagerly registered route.
 */
export function registerRouteTable(app: Hono<AppEnv>, groups: LoadedRouteGroups): void {
  const handlersOf = new Map<RouteGroupName, Promise<Map<string, MiddlewareHandler>>>();
  const served = (name: RouteGroupName) => {
    let handlers = handlersOf.get(name);
    if (!handlers) {
      handlers = groups
        .group(name)
        .then(
          (router) =>
            new Map(
              router.routes.map((route: RegisteredRoute) => [
                keyOf(route.method, route.path),
                every(...route.handlers),
              ]),
            ),
        );
      handlers.catch(() => handlersOf.delete(name));
      handlersOf.set(name, handlers);
    }
    return handlers;
  };
  for (const [name, method, path] of ROUTE_TABLE)
    app.on(method.toUpperCase(), path, async (c, next) => {
      const handler = (await served(name)).get(keyOf(method, path));
      // Only a stale route table gets here; test/route-table.test.ts keeps it fresh.
      if (!handler) throw new Error(`route group ${name} has no route ${method} ${path}`);
      await handler(c, next);
      return c.res;
    });
}
