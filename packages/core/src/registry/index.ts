// A party's registry extract of a letter's official documents (issue #22 item 1, D-55).
export {
  REGISTRY_EVENTS_PER_PAGE,
  type RegistryEntry,
  type RegistryQuery,
  registryPage,
} from "./registry-extract";
export {
  documentNumberOf,
  REGISTRY_KINDS,
  type RegistryContext,
  type RegistryEvent,
  type RegistryKind,
} from "./registry-kinds";
