import { actorKinds, vocabulary } from "../model/model";
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
import { type Extras, type FtmEntity, type SeedRows, shiftDecimal } from "./ftm-entity";
import {
  EXTRAS_PREFIX,
  FTM_TABLES,
  ROUND_PROPERTY,
  ROUND_SCHEMA,
  UNKNOWN_LINK,
  actorSchemaOf,
  actorSchemata,
  ftmLanguages,
  identifierProperties,
  kindOfSchema,
  ourIdOf,
  relationSchemata,
  sourceSchemata,
  typeOfLabel,
  valueProperties,
} from "./ftm-mapping";

type Row = Record<string, string>;

/** An entity the importer did not turn into a record, with the reason. */
export interface Unmapped {
  id: string;
  schema: string;
  reason: string;
}

export interface FtmImportOptions {
  /** Put before every id written, to keep the import apart from records already in the graph (default: none). */
  idPrefix?: string;
  /** The confidence of the relations and rounds whose entity states none (default: none, and such entities are unmapped). */
  confidence?: string;
}

export interface FtmImport {
  rows: SeedRows;
  unmapped: Unmapped[];
  /** Values FtM holds that our records cannot take without a guess, counted by what they are ("alias without a language"). */
  skipped: Record<string, number>;
}

/** Why an entity cannot be mapped; caught per entity, which is then reported and left out. */
class Unmappable extends Error {}

/**
 * Turns FtM entities into seed rows (see ftm-mapping.ts for the mapping both ways). It never guesses: an entity it
 * cannot map (a schema we have no record for, a second name, a relation whose end or source is not imported, no
 * confidence) is left out and reported by id and schema with the reason, and values it cannot place (an alias
 * without its language, an identifier without a source) are counted. What is written is then validated by the
 * seeder like any seed folder.
 */
export function fromFtmEntities(entities: Iterable<FtmEntity>, options: FtmImportOptions = {}): FtmImport {
  const prefix = options.idPrefix ?? "";
  const unmapped: Unmapped[] = [];
  const skipped: Record<string, number> = {};
  const skip = (what: string, n = 1) => {
    if (n > 0) skipped[what] = (skipped[what] ?? 0) + n;
  };
  const out: Record<string, Row[]> = Object.fromEntries(FTM_TABLES.map((t) => [t.file, []]));
  /** Our id of each imported entity, by its FtM id, per record. */
  const imported = { source: new Map<string, string>(), actor: new Map<string, string>(), round: new Map<string, string>() };
  const taken = new Set<string>();

  const list = [...entities];
  const bySchema = (test: (schema: string) => boolean) => list.filter((e) => test(e.schema));
  const isActor = (schema: string) => actorSchemata.some((r) => r.schema === schema);
  const isRelation = (schema: string) => relationSchemata.some((r) => r.schema === schema);
  for (const entity of list) {
    if (!sourceSchemata.includes(entity.schema) && !isActor(entity.schema) && entity.schema !== ROUND_SCHEMA && !isRelation(entity.schema))
      unmapped.push({ id: entity.id, schema: entity.schema, reason: `no record of ours stands for a ${entity.schema}` });
  }
  /** Maps one entity; an Unmappable is reported, and the entity's rows are all left out. */
  const each = (
    group: FtmEntity[],
    record: "source" | "actor" | "round" | "relation",
    map: (e: FtmEntity, read: Reader, id: string) => void,
  ) => {
    for (const entity of group) {
      try {
        const id = prefix + ourId(entity, record);
        if (taken.has(`${record}:${id}`)) throw new Unmappable(`its id ${id} is another entity's too`);
        const read = new Reader(entity);
        map(entity, read, id);
        for (const property of read.unread()) skip(`${entity.schema} ${property} values, which no field of ours takes`);
        taken.add(`${record}:${id}`);
        if (record !== "relation") imported[record].set(entity.id, id);
      } catch (error) {
        if (!(error instanceof Unmappable)) throw error;
        unmapped.push({ id: entity.id, schema: entity.schema, reason: error.message });
      }
    }
  };

  each(
    bySchema((s) => sourceSchemata.includes(s)),
    "source",
    (_e, read, id) => {
      const language = read.one("language");
      const row: Row = {
        id,
        url: read.one("sourceUrl") ?? read.extra("url") ?? read.fail("it has no sourceUrl"),
        title: read.one("title") ?? read.fail("it has no title"),
        publisher: read.one("publisher") ?? "",
        published: read.one("publishedAt") ?? "",
        language:
          (language && languageOf(language)) ??
          read.extra("language") ??
          read.fail(language ? `its language ${language} has no ISO 639-1 code` : "it has no language"),
        via: read.extra("via") ?? "",
      };
      read.done(["url", "language", "via"]);
      out[sourceTable.file]!.push(row);
    },
  );

  each(bySchema(isActor), "actor", (entity, read, id) => {
    const named = read.extra("kind");
    const topics = read.all("topics");
    const kind =
      named ?? kindOfSchema(entity.schema, topics) ?? read.fail(`a ${entity.schema} with these topics says none of our actor kinds`);
    if (!actorKinds.includes(kind) || actorSchemaOf(kind).schema !== entity.schema)
      read.fail(`its kind "${kind}" is not one a ${entity.schema} can have`);
    const country = read.one("country");
    const rows: [string, Row][] = [
      [
        actorTable.file,
        {
          id,
          kind,
          name: read.one("name") ?? read.fail("it has no name"),
          country: country?.toUpperCase() ?? "",
          description: read.one("description") ?? "",
        },
      ],
    ];
    const aliases = read.extraRows("aliases");
    const aliasValues = read.all("alias");
    if (aliases) rows.push(...aliases.map((a): [string, Row] => [aliasTable.file, { actor: id, ...a }]));
    const aliasesLeftOut = aliases ? 0 : aliasValues.length;
    const identifiers = read.extraRows("identifiers");
    const identifierValues = Object.values(identifierProperties).flatMap((p) => read.all(p.property));
    if (identifiers)
      rows.push(...identifiers.map((i): [string, Row] => [identifierTable.file, { actor: id, ...i, source: prefix + i.source }]));
    const identifiersLeftOut = identifiers ? 0 : identifierValues.length;
    const regime = read.extraRows("regime", true)?.[0];
    if (regime) rows.push([regimeTable.file, { state: id, ...regime, source: prefix + regime.source }]);
    // The sources of an actor's entity are those of its identifiers and regime, which the extras name.
    if (identifiers || regime) for (const derived of ["proof", "sourceUrl", "publisher"]) read.all(derived);
    read.done(["kind", "aliases", "identifiers", "regime"]);
    for (const [file, row] of rows) out[file]!.push(row);
    skip("aliases without a language", aliasesLeftOut);
    skip("identifiers without a source", identifiersLeftOut);
  });

  const citationsOf = (read: Reader, id: string): Row[] => {
    const proofs = read.all("proof");
    if (proofs.length === 0) read.fail("it has no source document (proof)");
    // sourceUrl and publisher repeat the source documents' own.
    read.all("sourceUrl");
    read.all("publisher");
    const quotes = read.all("description");
    const pairing = read.extraIndexes("quotes") ?? (quotes.length === proofs.length ? proofs.map((_, i) => i) : null);
    if (!pairing || pairing.length !== proofs.length)
      read.fail(`it has ${proofs.length} source documents and ${quotes.length} quotes, and no pairing of them`);
    return proofs.map((proof, i) => ({
      fact: id,
      source: imported.source.get(proof) ?? read.fail(`its source document ${proof} was not imported`),
      quote: quotes[pairing[i]!] ?? read.fail(`no quote at ${pairing[i]}`),
    }));
  };
  const confidenceOf = (read: Reader) =>
    read.extra("confidence") ?? options.confidence ?? read.fail("it states no confidence; give --confidence");
  const writeFact = (file: string, row: Row, cites: Row[]) => {
    const [first, ...more] = cites;
    out[file]!.push({ ...row, source: first!.source, quote: first!.quote });
    out[citationTable.file]!.push(...more);
  };

  each(
    bySchema((s) => s === ROUND_SCHEMA),
    "round",
    (_e, read, id) => {
      const recipient = read.extra("recipient") ?? read.fail("a Project is a funding round only with its recipient");
      const lead = read.extra("lead");
      const row: Row = {
        ...read.columns(fundingRoundTable.columns, ["id", "name", "date", "recipient", "lead", "confidence", "source", "quote"]),
        id,
        recipient: prefix + recipient,
        lead: lead ? prefix + lead : "",
        name: read.one("name") ?? read.fail("it has no name"),
        date: read.one("date") ?? "",
        confidence: confidenceOf(read),
      };
      const cites = citationsOf(read, id);
      read.done(["recipient", "lead", "confidence", "quotes"]);
      writeFact(fundingRoundTable.file, row, cites);
    },
  );

  each(bySchema(isRelation), "relation", (entity, read, id) => {
    const shape = relationSchemata.find((s) => s.schema === entity.schema)!;
    const type =
      entity.schema === UNKNOWN_LINK
        ? (typeOfLabel(read.one("role") ?? read.fail("an UnknownLink says its relation only in its role")) ??
          read.fail(`its role "${read.one("role")}" names none of our relation types`))
        : (read.extra("type") ?? shape.types[0]!);
    if (!shape.types.includes(type)) read.fail(`a ${entity.schema} cannot be a ${type}`);
    const named = read.extra("type");
    if (named !== null && named !== type) read.fail(`its summary of ours says ${named}, but its ${entity.schema} says ${type}`);
    const end = (property: string) => {
      const ref = read.one(property) ?? read.fail(`it has no ${property}`);
      return imported.actor.get(ref) ?? read.fail(`its ${property} ${ref} was not imported`);
    };
    const round = entity.schema === ROUND_PROPERTY.schema ? read.one(ROUND_PROPERTY.property) : null;
    const fundingRound = read.extra("funding_round");
    const row: Row = {
      ...read.columns(relationTable.columns, [
        "id",
        "type",
        "from",
        "to",
        "valid_from",
        "valid_to",
        "funding_round",
        "confidence",
        "source",
        "quote",
      ]),
      id,
      type,
      from: end(shape.from.property),
      to: end(shape.to.property),
      valid_from: read.one("startDate") ?? read.one("date") ?? "",
      valid_to: read.one("endDate") ?? "",
      funding_round: round
        ? (imported.round.get(round) ?? read.fail(`its ${ROUND_PROPERTY.property} ${round} was not imported`))
        : fundingRound
          ? prefix + fundingRound
          : "",
      confidence: confidenceOf(read),
    };
    const cites = citationsOf(read, id);
    read.done(["type", "funding_round", "confidence", "quotes"]);
    writeFact(relationTable.file, row, cites);
  });

  return { rows: out, unmapped, skipped };
}

/** Our id of an entity: the one ftmId made it from, or its FtM id as a slug (a foreign id: "NK-2fA…" is "nk-2fa…"). */
function ourId(entity: FtmEntity, record: string): string {
  const ours = ourIdOf(entity.id);
  if (ours) {
    if (ours.record !== record) throw new Unmappable(`its id names a ${ours.record} of ours, but a ${entity.schema} is a ${record}`);
    return ours.id;
  }
  const slug = entity.id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (!slug) throw new Unmappable("its id has no letter or digit to make one of ours from");
  return slug;
}

function languageOf(ftmLanguage: string): string | null {
  return Object.entries(ftmLanguages).find(([, code]) => code === ftmLanguage)?.[0] ?? null;
}

/** Reads one entity's properties and extras, failing with the reason when a value is missing, doubled or unknown. */
class Reader {
  private readonly extras: Extras;
  private readonly used = new Set<string>();
  private readonly read = new Set<string>(["summary"]);

  constructor(private readonly entity: FtmEntity) {
    const found = this.all("summary").filter((s) => s.startsWith(EXTRAS_PREFIX));
    if (found.length > 1) this.fail(`it has ${found.length} summaries of ours`);
    try {
      this.extras = found[0] ? (JSON.parse(found[0].slice(EXTRAS_PREFIX.length)) as Extras) : {};
    } catch {
      this.fail("its summary of ours is not JSON");
    }
    if (typeof this.extras !== "object" || this.extras === null || Array.isArray(this.extras))
      this.fail("its summary of ours is not a JSON object");
  }

  all(property: string): string[] {
    this.read.add(property);
    const values = this.entity.properties?.[property] ?? [];
    if (!Array.isArray(values) || values.some((v) => typeof v !== "string")) this.fail(`its ${property} is not a list of strings`);
    return values;
  }

  /** The one value of a property; null when it has none. Several values cannot be one field of ours. */
  one(property: string): string | null {
    const values = this.all(property);
    if (values.length > 1) this.fail(`it has ${values.length} values of ${property}, and our record takes one`);
    return values[0] ?? null;
  }

  extra(key: string): string | null {
    this.used.add(key);
    const value = this.extras[key];
    if (value === undefined) return null;
    if (typeof value !== "string") this.fail(`its ${key} of ours is not text`);
    return value;
  }

  /** Rows kept in the extras (aliases, identifiers, a regime): objects of text. */
  extraRows(key: string, single = false): Row[] | null {
    this.used.add(key);
    const value = this.extras[key];
    if (value === undefined) return null;
    const rows = single ? [value] : value;
    if (
      !Array.isArray(rows) ||
      rows.some((r) => typeof r !== "object" || r === null || Object.values(r).some((v) => typeof v !== "string"))
    )
      this.fail(`its ${key} of ours is not ${single ? "an object" : "a list of objects"} of text`);
    return rows as Row[];
  }

  extraIndexes(key: string): number[] | null {
    this.used.add(key);
    const value = this.extras[key];
    if (value === undefined) return null;
    if (!Array.isArray(value) || value.some((v) => !Number.isInteger(v))) this.fail(`its ${key} of ours is not a list of indexes`);
    return value as number[];
  }

  /**
   * The columns of a record that are neither handled by the caller nor empty: from the property the schema maps
   * them to (valueProperties), else from the extras.
   */
  columns(columns: readonly string[], handled: readonly string[]): Row {
    const row: Row = {};
    for (const column of columns) {
      if (handled.includes(column)) continue;
      const target = valueProperties[column]?.[this.entity.schema];
      const fromProperty = target ? this.one(target.property) : null;
      const value =
        fromProperty !== null && target?.percent
          ? (shiftDecimal(fromProperty, -2) ?? this.fail(`its ${target.property} is not a number`))
          : fromProperty;
      row[column] = value ?? this.extra(column) ?? "";
    }
    return row;
  }

  /** Fails on an extras key nothing read: a field this version does not know is not dropped without a word. */
  done(alsoKnown: readonly string[]): void {
    for (const key of alsoKnown) this.used.add(key);
    const unknown = Object.keys(this.extras).filter((key) => !this.used.has(key));
    if (unknown.length > 0) this.fail(`its summary of ours has ${unknown.join(", ")}, which this importer does not know`);
  }

  /** The properties with values that nothing read, and a summary that is not ours: FtM data our records have no field for. */
  unread(): string[] {
    const unread = Object.keys(this.entity.properties).filter((p) => !this.read.has(p) && (this.entity.properties[p]?.length ?? 0) > 0);
    const summaries = (this.entity.properties.summary ?? []).filter((s) => !s.startsWith(EXTRAS_PREFIX));
    return summaries.length > 0 ? [...unread, "summary"] : unread;
  }

  fail(reason: string): never {
    throw new Unmappable(reason);
  }
}

/** The confidence levels --confidence takes. */
export const confidenceLevels: readonly string[] = vocabulary("confidence");

/**
 * Parses FtM's line-based JSON: one entity a line, blank lines skipped. A line that is not an object with an id,
 * a schema and properties is an error naming the file and line, since what follows could not be trusted.
 */
export function parseFtmLines(text: string, file: string): FtmEntity[] {
  const entities: FtmEntity[] = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim()) continue;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      throw new Error(`${file}:${i + 1}: not JSON; an FtM file has one JSON entity a line.`);
    }
    const entity = data as Partial<FtmEntity>;
    if (
      typeof entity?.id !== "string" ||
      typeof entity.schema !== "string" ||
      typeof entity.properties !== "object" ||
      entity.properties === null
    )
      throw new Error(`${file}:${i + 1}: not an FtM entity; each line needs an id, a schema and properties.`);
    entities.push({ id: entity.id, schema: entity.schema, properties: entity.properties });
  }
  return entities;
}
