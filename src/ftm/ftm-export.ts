import { parseCsv } from "../seed/csv";
import type { SeedFile } from "../seed/exporter";
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
import { EntityBuilder, type FtmEntity, type SeedRows, shiftDecimal } from "./ftm-entity";
import {
  ROUND_PROPERTY,
  ROUND_SCHEMA,
  SOURCE_SCHEMA,
  UNKNOWN_LINK,
  actorSchemaOf,
  ftmId,
  ftmLanguages,
  identifierProperties,
  kindOfSchema,
  preferredSchemata,
  relationSchemata,
  schemaIs,
  typeLabel,
  valueProperties,
} from "./ftm-mapping";

type Row = Record<string, string>;

/**
 * The seed rows as FtM entities, in an order where every entity comes after those it names: sources, actors,
 * funding rounds, relations. See ftm-mapping.ts for what goes where. Citations of facts that FtM does not carry
 * (statements, policies…) are left out with those facts.
 */
export function* toFtmEntities(rows: SeedRows): Generator<FtmEntity> {
  const of = (file: string): Row[] => rows[file] ?? [];
  const sources = new Map(of(sourceTable.file).map((s) => [s.id!, s]));
  const citations = groupBy(of(citationTable.file), (c) => c.fact!);
  const citationsOf = (row: Row): { source: string; quote: string }[] => [
    { source: row.source!, quote: row.quote! },
    ...(citations.get(row.id!) ?? []).map((c) => ({ source: c.source!, quote: c.quote! })),
  ];

  for (const source of sources.values()) yield sourceEntity(source);

  const aliases = groupBy(of(aliasTable.file), (a) => a.actor!);
  const identifiers = groupBy(of(identifierTable.file), (i) => i.actor!);
  const regimes = new Map(of(regimeTable.file).map((r) => [r.state!, r]));
  const actorSchema = new Map<string, string>();
  for (const actor of of(actorTable.file)) {
    const { schema, topic } = actorSchemaOf(actor.kind!);
    actorSchema.set(actor.id!, schema);
    const entity = new EntityBuilder(ftmId("actor", actor.id!), schema)
      .add("name", actor.name)
      .add("country", actor.country?.toLowerCase())
      .add("description", actor.description)
      .add("topics", topic);
    if (kindOfSchema(schema, topic ? [topic] : []) !== actor.kind) entity.extra("kind", actor.kind);
    const own = aliases.get(actor.id!) ?? [];
    for (const a of own) entity.add("alias", a.alias);
    if (own.length > 0)
      entity.extra(
        "aliases",
        own.map((a) => without(a, "actor")),
      );
    const ids = identifiers.get(actor.id!) ?? [];
    for (const i of ids) {
      const property = identifierProperties[i.scheme!];
      if (property && schemaIs(schema, property.range)) entity.add(property.property, i.value);
    }
    if (ids.length > 0)
      entity.extra(
        "identifiers",
        ids.map((i) => without(i, "actor")),
      );
    const regime = regimes.get(actor.id!);
    if (regime) entity.extra("regime", without(regime, "state"));
    addSourceLinks(
      entity,
      [...ids, ...(regime ? [regime] : [])].map((c) => c.source!),
      sources,
    );
    yield entity.build();
  }

  for (const round of of(fundingRoundTable.file)) {
    const entity = new EntityBuilder(ftmId("round", round.id!), ROUND_SCHEMA).add("name", round.name).add("date", round.date);
    addCitations(entity, citationsOf(round), sources);
    addColumns(entity, round, fundingRoundTable.columns, ["id", "name", "date", "source", "quote"]);
    yield entity.build();
  }

  for (const relation of of(relationTable.file)) {
    const fromSchema = actorSchema.get(relation.from!)!;
    const toSchema = actorSchema.get(relation.to!)!;
    const fits = preferredSchemata(relation.type!, relation.stake ?? "")
      .map((name) => relationSchemata.find((s) => s.schema === name)!)
      .find((s) => schemaIs(fromSchema, s.from.range) && schemaIs(toSchema, s.to.range));
    const chosen = fits ?? relationSchemata.find((s) => s.schema === UNKNOWN_LINK)!;
    const entity = new EntityBuilder(ftmId("relation", relation.id!), chosen.schema)
      .add(chosen.from.property, ftmId("actor", relation.from!))
      .add(chosen.to.property, ftmId("actor", relation.to!))
      .add("startDate", relation.valid_from)
      .add("endDate", relation.valid_to);
    if (chosen.schema === UNKNOWN_LINK) entity.add("role", typeLabel(relation.type!));
    else if (chosen.types[0] !== relation.type) entity.extra("type", relation.type);
    if (relation.funding_round && chosen.schema === ROUND_PROPERTY.schema)
      entity.add(ROUND_PROPERTY.property, ftmId("round", relation.funding_round));
    else entity.extra("funding_round", relation.funding_round);
    addCitations(entity, citationsOf(relation), sources);
    addColumns(entity, relation, relationTable.columns, [
      "id",
      "type",
      "from",
      "to",
      "valid_from",
      "valid_to",
      "funding_round",
      "source",
      "quote",
    ]);
    yield entity.build();
  }
}

function sourceEntity(source: Row): FtmEntity {
  const entity = new EntityBuilder(ftmId("source", source.id!), SOURCE_SCHEMA)
    .add("title", source.title)
    .add("publisher", source.publisher)
    .add("publishedAt", source.published);
  if (isFtmUrl(source.url!)) entity.add("sourceUrl", source.url);
  else entity.extra("url", source.url);
  const language = ftmLanguages[source.language!];
  if (language) entity.add("language", language);
  else entity.extra("language", source.language);
  entity.extra("via", source.via);
  return entity.build();
}

/**
 * The columns a record's FtM schema has a property for go there (valueProperties); every other non-empty column
 * not handled by the caller (`handled`) goes to the extras as it is.
 */
function addColumns(entity: EntityBuilder, row: Row, columns: readonly string[], handled: readonly string[]): void {
  for (const column of columns) {
    const value = row[column];
    if (handled.includes(column) || !value) continue;
    const target = valueProperties[column]?.[entity.schema];
    const written = target?.percent ? shiftDecimal(value, 2) : value;
    if (target && written !== null) entity.add(target.property, written);
    else entity.extra(column, value);
  }
}

/**
 * A fact's citations: each source as `proof` (its entity), `sourceUrl` and `publisher`, and each quote in
 * `description`, in the same order. FtM keeps a value once, so when two citations share a quote the extras say
 * which description each proof pairs with (`quotes`, indexes into description).
 */
function addCitations(entity: EntityBuilder, cites: { source: string; quote: string }[], sources: Map<string, Row>): void {
  addSourceLinks(
    entity,
    cites.map((c) => c.source),
    sources,
  );
  const quotes = [...new Set(cites.map((c) => c.quote))];
  for (const quote of quotes) entity.add("description", quote);
  if (quotes.length < cites.length)
    entity.extra(
      "quotes",
      cites.map((c) => quotes.indexOf(c.quote)),
    );
}

function addSourceLinks(entity: EntityBuilder, ids: string[], sources: Map<string, Row>): void {
  for (const id of ids) {
    entity.add("proof", ftmId("source", id));
    const source = sources.get(id);
    if (source && isFtmUrl(source.url!)) entity.add("sourceUrl", source.url);
    entity.add("publisher", source?.publisher);
  }
}

/** FtM's url type takes web addresses; other URIs (urn:…) stay in the extras. */
export function isFtmUrl(url: string): boolean {
  return /^https?:\/\/[^\s/?#]+[^\s]*$/.test(url) && URL.canParse(url);
}

function without(row: Row, column: string): Row {
  return Object.fromEntries(Object.entries(row).filter(([key, value]) => key !== column && value !== ""));
}

function groupBy(rows: Row[], key: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** Seed files (as the seed export gives them) as rows of cells; the export writes them, so they always parse. */
export function seedRowsOf(files: readonly SeedFile[]): SeedRows {
  const rows: SeedRows = {};
  for (const { file, csv } of files) {
    const parsed = parseCsv(csv);
    if (parsed.problems.length > 0) throw new Error(`The seed export's ${file} does not parse: ${parsed.problems[0]!.message}`);
    rows[file] = parsed.rows.map((r) => r.cells);
  }
  return rows;
}

/** The FtM export as lines of the line-based JSON format, one entity a line, each ending in a newline. */
export function* ftmLines(files: readonly SeedFile[]): Generator<string> {
  for (const entity of toFtmEntities(seedRowsOf(files))) yield `${JSON.stringify(entity)}\n`;
}
