import type { Hono, MiddlewareHandler } from "hono";
import { every } from "hono/combine";
import { ROUTE_GROUP_NAMES, ROUTE_GROUPS, type RouteGroupName } from "../routes/route-groups";
import { ROUTE_TABLE } from "../routes/route-table";
import type { AppDeps } from "./app-deps";
import type { AppEnv } from "./caller";
import { once } from "./once";
import type { RouteDefinition, Router } from "./route";

/** One row of the route table: the group that serves a method and a path (Hono's form). */
export type RouteTableEntry = readonly [RouteGroupName, RouteDefinition["method"], string];

/** A group loaded and built for an app: its routes, and each route's validators and handler as one. */
export interface LoadedGroup {
  readonly router: Router;
  /** By `keyOf(method, path)`. */
  readonly handlers: ReadonlyMap<string, MiddlewareHandler>;
}

/** An app's route groups, each built once, on first use. */
export interface LoadedRouteGroups {
  group(name: RouteGroupName): Promise<LoadedGroup>;
  /** Every route the OpenAPI document describes, every group loaded, in matching order. */
  definitions(): Promise<RouteDefinition[]>;
}

const keyOf = (method: string, path: string) => `${method} ${path}`;

/** Loads each group on its first use; a group that fails to load is tried again next time. */
export function loadedRouteGroups(deps: AppDeps): LoadedRouteGroups {
  const loaders = Object.fromEntries(
    ROUTE_GROUP_NAMES.map((name) => [
      name,
      once(async (): Promise<LoadedGroup> => {
        const router = (await ROUTE_GROUPS[name]())(deps);
        const handlers = new Map(
          router.routes.map((route) => [keyOf(route.method, route.path), every(...route.handlers)]),
        );
        return { router, handlers };
      }),
    ]),
  ) as Record<RouteGroupName, () => Promise<LoadedGroup>>;
  const group = (name: RouteGroupName) => loaders[name]();
  return {
    group,
    definitions: async () =>
      (await Promise.all(ROUTE_GROUP_NAMES.map(group))).flatMap(({ router }) => router.definitions),
  };
}

/**
 * Registers every route of the route table on `app`, each served by its group once loaded: a
 * group's code, schemas and handlers are loaded and built on its first request, not at a cold
 * start. The route is matched by the app itself, so its middleware, its path parameters and its
 * place in the matching order are those of an eagerly registered route.
 */
export function registerRouteTable(app: Hono<AppEnv>, groups: LoadedRouteGroups): void {
  for (const [name, method, path] of ROUTE_TABLE) {
    const key = keyOf(method, path);
    app.on(method.toUpperCase(), path, async (c, next) => {
      const handler = (await groups.group(name)).handlers.get(key);
      // Only a stale route table gets here; test/route-table.test.ts keeps it fresh.
      if (!handler) throw new Error(`route group ${name} has no route ${method} ${path}`);
      await handler(c, next);
      return c.res;
    });
  }
}
