import { useEffect, useState } from "preact/hooks";

/** Loads something that is not the API (the local people) once, for a page. */
export function useLoaded<T>(load: () => Promise<T>): { value?: T; failed: boolean } {
  const [state, setState] = useState<{ value?: T; failed: boolean }>({ failed: false });
  useEffect(() => {
    load().then(
      (value) => setState({ value, failed: false }),
      () => setState({ failed: true }),
    );
  }, []);
  return state;
}
