// The parts of Observable Plot the report draws with. Only the report's charts import this
// module, and only with import(): Vite gives it (and the d3 it brings) a chunk of its own, so
// no other page loads the library and the first page stays as small as it was.
export { axisX, axisY, barX, barY, cell, plot, ruleY, stackX, text } from "@observablehq/plot";
