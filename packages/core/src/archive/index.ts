// The archive package (D-56, D-57): a subpath of its own, `@samverkan/core/archive`, so that
// what writes XML and ZIP (xmlbuilder2, yazl) is loaded only where a package is made: the API
// imports it on its route, not at a cold start.

export {
  ARCHIVE_SCHEMAS_DIR,
  type ArchivePackageInput,
  ArchivePackageRefused,
  buildArchivePackage,
} from "./build-package";
export {
  type ArchiveDocument,
  MAX_ARCHIVE_DOCUMENTS,
  packageIdOf,
  TRAIL_PAGE_SIZE,
  type TrailEvent,
} from "./layout";
export {
  type ArchiveDocuments,
  type LetterArchivePackage,
  letterArchivePackage,
} from "./letter-package";
export { verifyArchivePackage } from "./verify-package";
export { validateWithXmllint } from "./xmllint";
