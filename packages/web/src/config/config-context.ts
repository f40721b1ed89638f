import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { WorkspaceConfig } from "./workspace-config";

export const ConfigContext = createContext<WorkspaceConfig>({
  signIn: { kind: "local" },
  apiBaseUrl: "",
});

/** The workspace's settings from /config.json. */
export const useConfig = () => useContext(ConfigContext);
