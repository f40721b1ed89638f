import type { FunctionComponent } from "preact";
import { useEffect, useState } from "preact/hooks";
import { Loading } from "../components/loading";
import type { PageProps, Route } from "./routes";

const loaded = new Map<Route, FunctionComponent<PageProps>>();

/** Loads a page's chunk on first use and renders it; later visits render it at once. */
export function LazyPage({ route, params }: { route: Route; params: PageProps["params"] }) {
  const [, setVersion] = useState(0);
  const Page = loaded.get(route);
  useEffect(() => {
    if (loaded.has(route)) return;
    let current = true;
    void route.load().then((module) => {
      loaded.set(route, module.default);
      if (current) setVersion((n) => n + 1);
    });
    return () => {
      current = false;
    };
  }, [route]);
  return Page ? <Page params={params} /> : <Loading />;
}
