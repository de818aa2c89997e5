import { model, productKinds, relationTypes } from "../model/model";
import {
  actorTable,
  aliasTable,
  citationTable,
  fundingRoundTable,
  identifierTable,
  regimeTable,
  relationTable,
  sourceTable,
} from "../seed/seed-tables";

/**
 * The one mapping between our records and FollowTheMoney (FtM) entities, read by the exporter (ftm-export.ts) and
 * the importer (ftm-import.ts). Checked against followthemoney 4.11.2's schemata (test/support/ftm/requirements.txt
 * pins it; test/support/ftm/validate_ftm.py refuses any property a schema does not have).
 *
 * What FtM has a property for goes there; what it has none for (confidence, date kind, amount kind, a
 * relation's note…) goes, exactly, into the entity's `summary` as one value: EXTRAS_PREFIX followed by a JSON
 * object (see extrasOf). Nothing is dropped, so our own export reads back to the same records.
 */

/** The seed files FtM carries; the others (plans, pillars, statements, events, policies) have no FtM schema here. */
export const FTM_TABLES = [
  sourceTable,
  actorTable,
  aliasTable,
  regimeTable,
  identifierTable,
  fundingRoundTable,
  relationTable,
  citationTable,
];

/** Which of our records an FtM entity stands for. Funding rounds are FtM Projects: a FUNDS Payment names its round as `project`. */
export type FtmRecord = "source" | "actor" | "round" | "relation";

/**
 * Stable ids: `apg-<record>-<our id>` ("apg-actor-openai", "apg-relation-microsoft-funds-openai-2019"). The record
 * is in the id because our sources, actors and facts are separate id spaces.
 */
export function ftmId(record: FtmRecord, id: string): string {
  return `apg-${record}-${id}`;
}

/** Our record and id for an id that ftmId made; null for any other id. */
export function ourIdOf(entityId: string): { record: FtmRecord; id: string } | null {
  const match = /^apg-(source|actor|round|relation)-([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(entityId);
  return match ? { record: match[1] as FtmRecord, id: match[2]! } : null;
}

/** The start of the one `summary` value that holds, as JSON, the fields FtM has no property for. */
export const EXTRAS_PREFIX = "ai-policy-graph ";

/** The FtM schemata the mapping uses, each with its parents (FtM's `extends`, transitively), for range checks. */
export const schemaParents: Record<string, readonly string[]> = {
  Thing: [],
  LegalEntity: ["Thing"],
  Person: ["LegalEntity", "Thing"],
  Organization: ["LegalEntity", "Thing"],
  Company: ["Organization", "Asset", "LegalEntity", "Thing"],
  PublicBody: ["Organization", "LegalEntity", "Thing"],
  Asset: ["Thing"],
  Document: ["Thing"],
  Article: ["Document", "Thing"],
  HyperText: ["Document", "Thing"],
  PlainText: ["Document", "Thing"],
  Pages: ["Document", "Thing"],
  Project: ["Thing"],
};

/** Whether an entity of `schema` may stand where FtM's range asks for `range`. */
export function schemaIs(schema: string, range: string): boolean {
  return schema === range || (schemaParents[schema] ?? []).includes(range);
}

/** Sources are web pages: FtM's HyperText ("Web page"). The importer takes any of FtM's document schemata. */
export const SOURCE_SCHEMA = "HyperText";
export const sourceSchemata: readonly string[] = ["HyperText", "Article", "Document", "PlainText", "Pages"];

/** Funding rounds are FtM Projects, which a Payment names as its `project`. */
export const ROUND_SCHEMA = "Project";

/**
 * Actor kinds as FtM schemata and topics. The importer reads an entity's kind from the first row whose schema
 * and topic it has; rows marked `byExtras` are never read that way (an Organization alone does not say whether it
 * is a media outlet, a team or a group), so the exporter names their kind in the extras. A state is a PublicBody
 * with its country.
 */
export const actorSchemata: readonly { kind: string; schema: string; topic: string | null; byExtras?: true }[] = [
  { kind: "person", schema: "Person", topic: null },
  { kind: "investor", schema: "Company", topic: "fin.fund" },
  { kind: "company", schema: "Company", topic: null },
  { kind: "state", schema: "PublicBody", topic: "gov.national" },
  { kind: "government_body", schema: "PublicBody", topic: null },
  { kind: "international_body", schema: "Organization", topic: "gov.igo" },
  { kind: "media", schema: "Organization", topic: null, byExtras: true },
  { kind: "team", schema: "Organization", topic: null, byExtras: true },
  { kind: "group", schema: "Organization", topic: null, byExtras: true },
  // Products have no FtM schema of their own; an Asset is "a piece of property which can be owned".
  ...productKinds.map((kind) => ({ kind, schema: "Asset", topic: null, byExtras: true as const })),
];

/** The kind an FtM entity's schema and topics say, without extras; null when they do not say one. */
export function kindOfSchema(schema: string, topics: readonly string[]): string | null {
  const row = actorSchemata.find((r) => !r.byExtras && r.schema === schema && (r.topic === null || topics.includes(r.topic)));
  return row?.kind ?? null;
}

export function actorSchemaOf(kind: string): { schema: string; topic: string | null } {
  const row = actorSchemata.find((r) => r.kind === kind);
  if (!row) throw new Error(`No FtM schema for the actor kind "${kind}".`);
  return row;
}

/**
 * Relation schemata: the property that names each end and the range FtM gives it, and the relation types the
 * schema can stand for, the first being what it means when the extras name no type. UnknownLink takes any type,
 * its `role` being the type's label ("supplies", "partners with").
 */
export interface RelationSchema {
  schema: string;
  from: { property: string; range: string };
  to: { property: string; range: string };
  types: readonly string[];
}

export const relationSchemata: readonly RelationSchema[] = [
  {
    schema: "Payment",
    from: { property: "payer", range: "LegalEntity" },
    to: { property: "beneficiary", range: "LegalEntity" },
    types: ["FUNDS"],
  },
  {
    schema: "Ownership",
    from: { property: "owner", range: "LegalEntity" },
    to: { property: "asset", range: "Asset" },
    types: ["OWNS", "FUNDS"],
  },
  {
    schema: "Control",
    from: { property: "controller", range: "LegalEntity" },
    to: { property: "controlled", range: "LegalEntity" },
    types: ["CONTROLS"],
  },
  {
    schema: "Directorship",
    from: { property: "director", range: "LegalEntity" },
    to: { property: "organization", range: "Organization" },
    types: ["BOARD_MEMBER_OF", "LEADS"],
  },
  {
    schema: "Employment",
    from: { property: "employee", range: "Person" },
    to: { property: "employer", range: "Organization" },
    types: ["EMPLOYED_BY"],
  },
  {
    schema: "Membership",
    from: { property: "member", range: "LegalEntity" },
    to: { property: "organization", range: "Organization" },
    types: ["MEMBER_OF"],
  },
  {
    schema: "UnknownLink",
    from: { property: "subject", range: "Thing" },
    to: { property: "object", range: "Thing" },
    types: relationTypes,
  },
];

export const UNKNOWN_LINK = "UnknownLink";

/**
 * The schemata a relation is written as, in order of preference: the first whose ends' ranges fit the actors'
 * schemata is taken, else UnknownLink. A funding is an Ownership when the record states the stake it bought,
 * else a Payment.
 */
export function preferredSchemata(type: string, stake: string): readonly string[] {
  const fitting = relationSchemata.filter((s) => s.schema !== UNKNOWN_LINK && s.types.includes(type)).map((s) => s.schema);
  if (type !== "FUNDS") return fitting;
  return stake ? ["Ownership", "Payment"] : ["Payment"];
}

/** The label that names a type in an UnknownLink's role ("supplies"), and back. */
export function typeLabel(type: string): string {
  return model.relationTypes[type]!.label;
}

export function typeOfLabel(label: string): string | null {
  return relationTypes.find((t) => model.relationTypes[t]!.label === label) ?? null;
}

/**
 * Relation and round fields that FtM has a property for, by schema; the rest go to the extras. `percent` fields
 * are our fraction written as FtM's percentage (0.49 is "49"), shifted in decimal text so no digit changes.
 */
export const valueProperties: Record<string, Record<string, { property: string; percent?: true }>> = {
  amount: { Payment: { property: "amount" }, Ownership: { property: "sharesValue" }, Project: { property: "amount" } },
  currency: { Payment: { property: "currency" }, Ownership: { property: "sharesCurrency" }, Project: { property: "currency" } },
  amount_usd: { Payment: { property: "amountUsd" }, Project: { property: "amountUsd" } },
  stake: { Ownership: { property: "percentage", percent: true } },
  round: { Payment: { property: "programme" } },
  role: {
    Ownership: { property: "role" },
    Control: { property: "role" },
    Directorship: { property: "role" },
    Employment: { property: "role" },
    Membership: { property: "role" },
  },
};

/** A Payment names its funding round as its `project`, the round's entity. */
export const ROUND_PROPERTY = { schema: "Payment", property: "project" } as const;

/**
 * Source languages: our ISO 639-1 codes and the ISO 639-3 codes FtM's language type takes (followthemoney 4.11.2
 * accepts these 71). A source in another language keeps its code in the extras.
 */
export const ftmLanguages: Readonly<Record<string, string>> = {
  af: "afr",
  am: "amh",
  ar: "ara",
  az: "aze",
  be: "bel",
  bg: "bul",
  bn: "ben",
  bs: "bos",
  ca: "cat",
  cs: "ces",
  da: "dan",
  de: "deu",
  el: "ell",
  en: "eng",
  es: "spa",
  et: "est",
  fa: "fas",
  fi: "fin",
  fr: "fra",
  ga: "gle",
  he: "heb",
  hi: "hin",
  hr: "hrv",
  hu: "hun",
  hy: "hye",
  id: "ind",
  is: "isl",
  it: "ita",
  ja: "jpn",
  ka: "kat",
  kk: "kaz",
  km: "khm",
  kn: "kan",
  ko: "kor",
  ky: "kir",
  lb: "ltz",
  lo: "lao",
  lt: "lit",
  lv: "lav",
  mk: "mkd",
  mn: "mon",
  ms: "msa",
  mt: "mlt",
  my: "mya",
  ne: "nep",
  nl: "nld",
  no: "nor",
  ps: "pus",
  pl: "pol",
  pt: "por",
  ro: "ron",
  ru: "rus",
  si: "sin",
  sk: "slk",
  sl: "slv",
  sq: "sqi",
  sr: "srp",
  sv: "swe",
  sw: "swa",
  ta: "tam",
  te: "tel",
  tg: "tgk",
  th: "tha",
  tk: "tuk",
  tl: "tgl",
  tr: "tur",
  uk: "ukr",
  ur: "urd",
  uz: "uzb",
  vi: "vie",
  zh: "zho",
};

/** Identifier schemes that FtM has a property for, and the schemata that have it. */
export const identifierProperties: Record<string, { property: string; range: string }> = {
  wikidata: { property: "wikidataId", range: "Thing" },
  lei: { property: "leiCode", range: "LegalEntity" },
  ticker: { property: "ticker", range: "Company" },
};
