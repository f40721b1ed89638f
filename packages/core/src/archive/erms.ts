// metadata/descriptive/ERMS.xml (CITS ERMS 3.0): the letter as a case file (ärende) with its
// records, one per document and one for the trail, and the parties and member organisations as
// agents. Built with xmlbuilder2; the element order is the schema's.
import type { LetterOfIntent } from "@samverkan/domain";
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import { asDateTime, NS, type WrittenFile } from "./layout";

export interface DescriptionInput {
  readonly objId: string;
  readonly createdAt: string;
  readonly letter: LetterOfIntent;
  readonly software: { readonly name: string; readonly version: string };
  readonly submitter: { readonly name: string; readonly orgNumber: string };
  /** The records: the representation's data files, each with its path from the package root. */
  readonly records: readonly WrittenFile[];
}

function agent(parent: XMLBuilder, type: string, name: string, orgNumber: string, role: string) {
  const element = parent.ele(NS.erms, "agent").att("agentType", type);
  element.ele(NS.erms, "name").txt(name);
  element.ele(NS.erms, "idNumber").att("idNumberType", "organisationsnummer").txt(orgNumber);
  element.ele(NS.erms, "role").txt(role);
}

function dates(
  parent: XMLBuilder,
  list: readonly (readonly [string, string | null | undefined])[],
) {
  const present = list.filter((entry): entry is readonly [string, string] => Boolean(entry[1]));
  if (present.length === 0) return;
  const element = parent.ele(NS.erms, "dates");
  for (const [type, value] of present)
    element.ele(NS.erms, "date").att("dateType", type).txt(asDateTime(value));
}

export function descriptiveMetadata(input: DescriptionInput): string {
  const { letter } = input;
  const doc = create({ version: "1.0", encoding: "UTF-8" });
  const erms = doc
    .ele(NS.erms, "erms")
    .att("xmlns:xsi", NS.xsi)
    .att(NS.xsi, "xsi:schemaLocation", `${NS.erms} ../../schemas/ERMS.xsd`);
  const control = erms.ele(NS.erms, "control");
  control.ele(NS.erms, "identification").att("identificationType", "package").txt(input.objId);
  const maintenance = control.ele(NS.erms, "maintenanceInformation");
  maintenance.ele(NS.erms, "maintenanceStatus").att("value", "new");
  maintenance
    .ele(NS.erms, "maintenanceAgency")
    .ele(NS.erms, "agencyName")
    .txt(input.submitter.name);
  const event = maintenance.ele(NS.erms, "maintenanceHistory").ele(NS.erms, "maintenanceEvent");
  event.ele(NS.erms, "eventType").att("value", "created");
  event.ele(NS.erms, "eventDateTime").txt(input.createdAt);
  event
    .ele(NS.erms, "agent")
    .att("agentType", "other")
    .att("otherAgentType", "software")
    .ele(NS.erms, "name")
    .txt(`${input.software.name} ${input.software.version}`);

  const caseFile = erms
    .ele(NS.erms, "aggregations")
    .ele(NS.erms, "aggregation")
    .att("systemIdentifier", letter.letterId)
    .att("aggregationType", "caseFile");
  caseFile.ele(NS.erms, "objectId").txt(letter.letterId);
  caseFile.ele(NS.erms, "title").txt(letter.title);
  caseFile.ele(NS.erms, "status").att("value", letter.endedOn ? "closed" : "open");
  const agents = caseFile.ele(NS.erms, "agents");
  for (const party of letter.parties)
    agent(agents, "counterpart", party.name, party.orgNumber, "part i avsiktsförklaringen");
  for (const member of letter.memberOrganisations)
    agent(agents, "other", member.name, member.orgNumber, "medlemsorganisation");
  dates(caseFile, [
    ["created", letter.draftedOn],
    ["start", letter.inForceFrom],
    ["closed", letter.endedOn],
  ]);
  input.records.forEach((file) => {
    const name = file.path.split("/").pop() ?? file.path;
    const record = caseFile
      .ele(NS.erms, "record")
      .att("systemIdentifier", file.path)
      .att("recordPhysicalOrDigital", "digital");
    record.ele(NS.erms, "objectId").txt(file.path);
    record.ele(NS.erms, "title").txt(file.title);
    dates(record, [["created", file.created]]);
    record
      .ele(NS.erms, "additionalInformation")
      .ele(NS.erms, "appendix")
      .att("name", name)
      .att("fileFormat", file.mimeType)
      .att("path", file.path.slice(input.objId.length + 1));
  });
  return doc.end({ prettyPrint: true });
}
