// The package's METS files (CSIP 2.1 / SIP 2.1): the root METS.xml, which describes the whole
// package, and the representation's METS.xml, which lists its data files. Built with
// xmlbuilder2, so every name and value is escaped by the library, never by hand.
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import {
  CONTENT_INFORMATION_TYPE,
  CSIP_PROFILE,
  NS,
  REPRESENTATION,
  SIP_PROFILE,
  type WrittenFile,
} from "./layout";

/** Who made the package (CSIP10-16) and for whom (SIP9-20). */
export interface PackageHeader {
  readonly objId: string;
  readonly label: string;
  readonly createdAt: string;
  readonly software: { readonly name: string; readonly version: string };
  /** The organisations whose records these are: the letter's parties (SIP9-14). */
  readonly creators: readonly { readonly name: string; readonly orgNumber: string }[];
  /** The organisation that makes and hands over the package (SIP15-20). */
  readonly submitter: { readonly name: string; readonly orgNumber: string };
}

/** A METS id (xs:ID): a letter first, then only name characters. */
const idOf = (prefix: string, index: number) => `${prefix}-${String(index + 1).padStart(4, "0")}`;

function root(schemaPrefix: string, header: PackageHeader, objId: string, profile: string) {
  const doc = create({ version: "1.0", encoding: "UTF-8" });
  const mets = doc
    .ele(NS.mets, "mets:mets")
    .att("xmlns:xlink", NS.xlink)
    .att("xmlns:xsi", NS.xsi)
    .att("xmlns:csip", NS.csip)
    .att("xmlns:sip", NS.sip)
    .att(
      NS.xsi,
      "xsi:schemaLocation",
      [
        `${NS.mets} ${schemaPrefix}mets.xsd`,
        `${NS.xlink} ${schemaPrefix}xlink.xsd`,
        `${NS.csip} ${schemaPrefix}DILCISExtensionMETS.xsd`,
        `${NS.sip} ${schemaPrefix}DILCISExtensionSIPMETS.xsd`,
      ].join(" "),
    )
    .att("OBJID", objId)
    .att("LABEL", header.label)
    .att("TYPE", "Mixed")
    .att(NS.csip, "csip:CONTENTINFORMATIONTYPE", CONTENT_INFORMATION_TYPE)
    .att("PROFILE", profile);
  const hdr = mets
    .ele(NS.mets, "mets:metsHdr")
    .att("CREATEDATE", header.createdAt)
    .att("RECORDSTATUS", "NEW")
    .att(NS.csip, "csip:OAISPACKAGETYPE", "SIP");
  for (const creator of header.creators) {
    const agent = hdr
      .ele(NS.mets, "mets:agent")
      .att("ROLE", "ARCHIVIST")
      .att("TYPE", "ORGANIZATION");
    agent.ele(NS.mets, "mets:name").txt(creator.name);
    agent
      .ele(NS.mets, "mets:note")
      .att(NS.csip, "csip:NOTETYPE", "IDENTIFICATIONCODE")
      .txt(creator.orgNumber);
  }
  const submitter = hdr
    .ele(NS.mets, "mets:agent")
    .att("ROLE", "CREATOR")
    .att("TYPE", "ORGANIZATION");
  submitter.ele(NS.mets, "mets:name").txt(header.submitter.name);
  submitter
    .ele(NS.mets, "mets:note")
    .att(NS.csip, "csip:NOTETYPE", "IDENTIFICATIONCODE")
    .txt(header.submitter.orgNumber);
  const software = hdr
    .ele(NS.mets, "mets:agent")
    .att("ROLE", "CREATOR")
    .att("TYPE", "OTHER")
    .att("OTHERTYPE", "SOFTWARE");
  software.ele(NS.mets, "mets:name").txt(header.software.name);
  software
    .ele(NS.mets, "mets:note")
    .att(NS.csip, "csip:NOTETYPE", "SOFTWARE VERSION")
    .txt(header.software.version);
  return { doc, mets };
}

/** The attributes every reference to a file of the package carries (CSIP22-30, CSIP67-72). */
function fileAttributes(element: XMLBuilder, file: WrittenFile) {
  return element
    .att("MIMETYPE", file.mimeType)
    .att("SIZE", String(file.size))
    .att("CREATED", file.created)
    .att("CHECKSUM", file.sha256)
    .att("CHECKSUMTYPE", "SHA-256");
}

function mdRef(parent: XMLBuilder, file: WrittenFile, href: string, mdType: string) {
  const ref = parent
    .ele(NS.mets, "mets:mdRef")
    .att("LOCTYPE", "URL")
    .att(NS.xlink, "xlink:type", "simple")
    .att(NS.xlink, "xlink:href", href)
    .att("MDTYPE", mdType);
  if (mdType === "OTHER") ref.att("OTHERMDTYPE", "ERMS");
  fileAttributes(ref, file);
}

function fileGroup(
  fileSec: XMLBuilder,
  id: string,
  use: string,
  files: readonly WrittenFile[],
  hrefOf: (file: WrittenFile) => string,
  firstIndex: number,
) {
  const group = fileSec.ele(NS.mets, "mets:fileGrp").att("ID", id).att("USE", use);
  files.forEach((file, index) => {
    const element = group.ele(NS.mets, "mets:file").att("ID", idOf("file", firstIndex + index));
    fileAttributes(element, file);
    element
      .ele(NS.mets, "mets:FLocat")
      .att("LOCTYPE", "URL")
      .att(NS.xlink, "xlink:type", "simple")
      .att(NS.xlink, "xlink:href", hrefOf(file))
      .att(NS.xlink, "xlink:title", file.title);
  });
  return firstIndex + files.length;
}

const relative = (from: string) => (file: WrittenFile) => file.path.slice(from.length);

/** representations/rep1/METS.xml: the representation's data files (paths relative to it). */
export function representationMets(header: PackageHeader, data: readonly WrittenFile[]): string {
  const { doc, mets } = root("../../schemas/", header, REPRESENTATION, CSIP_PROFILE);
  const fileSec = mets.ele(NS.mets, "mets:fileSec").att("ID", "filesec-rep1");
  fileGroup(
    fileSec,
    "grp-data",
    "Data",
    data,
    relative(`${header.objId}/representations/${REPRESENTATION}/`),
    0,
  );
  const div = mets
    .ele(NS.mets, "mets:structMap")
    .att("ID", "structmap-rep1")
    .att("TYPE", "PHYSICAL")
    .att("LABEL", "CSIP")
    .ele(NS.mets, "mets:div")
    .att("ID", "div-rep1")
    .att("LABEL", REPRESENTATION);
  div
    .ele(NS.mets, "mets:div")
    .att("ID", "div-rep1-data")
    .att("LABEL", "Data")
    .ele(NS.mets, "mets:fptr")
    .att("FILEID", "grp-data");
  return doc.end({ prettyPrint: true });
}

/** What the root METS.xml points at, each file already written and hashed. */
export interface RootFiles {
  readonly descriptive: WrittenFile;
  readonly preservation: WrittenFile;
  readonly documentation: readonly WrittenFile[];
  readonly schemas: readonly WrittenFile[];
  readonly representationMets: WrittenFile;
}

/** The package's METS.xml (CSIP1-119, SIP1-31): OBJID is the package's folder name. */
export function rootMets(header: PackageHeader, files: RootFiles): string {
  const { doc, mets } = root("schemas/", header, header.objId, SIP_PROFILE);
  const href = relative(`${header.objId}/`);
  const dmd = mets
    .ele(NS.mets, "mets:dmdSec")
    .att("ID", "dmd-erms")
    .att("CREATED", files.descriptive.created)
    .att("STATUS", "CURRENT");
  mdRef(dmd, files.descriptive, href(files.descriptive), "OTHER");
  const digiprov = mets
    .ele(NS.mets, "mets:amdSec")
    .ele(NS.mets, "mets:digiprovMD")
    .att("ID", "digiprov-premis")
    .att("STATUS", "CURRENT");
  mdRef(digiprov, files.preservation, href(files.preservation), "PREMIS");
  const fileSec = mets.ele(NS.mets, "mets:fileSec").att("ID", "filesec");
  let next = fileGroup(fileSec, "grp-documentation", "Documentation", files.documentation, href, 0);
  next = fileGroup(fileSec, "grp-schemas", "Schemas", files.schemas, href, next);
  fileGroup(
    fileSec,
    "grp-rep1",
    `Representations/${REPRESENTATION}`,
    [files.representationMets],
    href,
    next,
  );
  const div = mets
    .ele(NS.mets, "mets:structMap")
    .att("ID", "structmap")
    .att("TYPE", "PHYSICAL")
    .att("LABEL", "CSIP")
    .ele(NS.mets, "mets:div")
    .att("ID", "div-package")
    .att("LABEL", header.objId);
  div
    .ele(NS.mets, "mets:div")
    .att("ID", "div-metadata")
    .att("LABEL", "Metadata")
    .att("ADMID", "digiprov-premis")
    .att("DMDID", "dmd-erms");
  for (const [id, label, group] of [
    ["div-documentation", "Documentation", "grp-documentation"],
    ["div-schemas", "Schemas", "grp-schemas"],
  ] as const)
    div
      .ele(NS.mets, "mets:div")
      .att("ID", id)
      .att("LABEL", label)
      .ele(NS.mets, "mets:fptr")
      .att("FILEID", group);
  const rep = div
    .ele(NS.mets, "mets:div")
    .att("ID", "div-rep1")
    .att("LABEL", `Representations/${REPRESENTATION}`);
  rep
    .ele(NS.mets, "mets:mptr")
    .att(NS.xlink, "xlink:type", "simple")
    .att(NS.xlink, "xlink:href", href(files.representationMets))
    .att(NS.xlink, "xlink:title", files.representationMets.title)
    .att("LOCTYPE", "URL");
  rep.ele(NS.mets, "mets:fptr").att("FILEID", "grp-rep1");
  return doc.end({ prettyPrint: true });
}
