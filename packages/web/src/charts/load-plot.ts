/** What the report's charts draw with: Observable Plot's marks and `plot`. */
export type PlotLibrary = typeof import("./plot-library");

let loading: Promise<PlotLibrary> | undefined;

/** Loads the chart library once, on the first chart drawn; later charts share the same load. */
export function loadPlot(): Promise<PlotLibrary> {
  loading ??= import("./plot-library");
  return loading;
}
