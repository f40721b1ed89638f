import { defineConfig } from "vite";

export default defineConfig({
  // Preact's automatic JSX runtime, through Vite's own transform: no plugin, no Babel.
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    target: "es2022",
    // The bench reads which files the first page loads from here.
    manifest: true,
    sourcemap: true,
  },
});
