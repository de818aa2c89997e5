import { createHash } from "node:crypto";
import { identifierFact } from "../actor/identifier.input";
import { actorSearchFields } from "../actor/lucene-query";
import { relationProps } from "../relation/relation.input";
import { sourceProps } from "../source/source.input";
import type { ValidatedSeed } from "./seed-checks";
import type { PolicyLinkRecord, PolicyRecord, RecordKind, RelationRecord, SeedRecord } from "./seed-types";
import { streamTable, type TableSpec } from "./seed-table";
import {
  actorTable,
  aliasTable,
  citationTable,
  eventActorTable,
  eventTable,
  fundingRoundTable,
  identifierTable,
  pillarTable,
  planTable,
  policyAliasTable,
  policyLinkTable,
  policyTable,
  regimeTable,
  relationTable,
  sourceTable,
  statementTable,
} from "./seed-tables";

/** Receives the records of a seed one at a time; a returned promise is awaited before the next (back-pressure). */
export type RecordSink = (kind: RecordKind, record: SeedRecord) => void | Promise<void>;

/**
 * The second reading of a validated seed: streams the tables again and hands each record, as it is built, to
 * `sink`, kind by kind in `recordKinds` order, except that a fact's citations follow the fact (a citation points at
 * nothing but its source) and the citations of citations.csv come last. Every record of a kind is handed over before
 * the first record of the next non-citation kind. Held in memory: the small tables that add to another table's
 * records (aliases, identifiers, regimes, event actors, policy aliases and links), never the large ones.
 */
export async function streamRecords(seed: ValidatedSeed, sink: RecordSink): Promise<void> {
  const read = <T extends object>(spec: TableSpec<T>, visit: (row: T) => void | Promise<void>) => streamTable(seed.dirs, spec, visit);
  const all = async <T extends object>(spec: TableSpec<T>) => {
    const rows: T[] = [];
    await read(spec, (row) => void rows.push(row));
    return rows;
  };
  const aliasesOf = groupBy(await all(aliasTable), (a) => a.actor);
  const identifiers = await all(identifierTable);
  const identifiersOf = groupBy(identifiers, (i) => i.actor);
  const regimes = await all(regimeTable);
  const regimeOf = new Map(regimes.map((r) => [r.state, r]));
  const partsOf = groupBy(await all(eventActorTable), (p) => p.event);
  const policyAliasesOf = groupBy(await all(policyAliasTable), (a) => a.policy);
  const policyLinks = await all(policyLinkTable);
  // A link is written with the instrument it belongs to: ISSUED with the instrument issued, the others with the
  // instrument they start from.
  const linksOf = groupBy(policyLinks, (l) => (l.type === "ISSUED" ? l.to : l.from));

  /** The row's own source and quote is its first citation; a statement's gives way to a citations.csv row for it. */
  const citeOwn = async (row: { id: string; source: string; quote: string }, kind: string) => {
    if (kind === "statement" && seed.statementsCitedAgain.has(`${row.id}\u0000${row.source}`)) return;
    await sink("citation", citation(row.id, kind, row.source, row.quote));
  };

  await read(sourceTable, (row) => sink("source", record(row.id, sourceProps(row))));
  await read(actorTable, (row) => {
    const own = aliasesOf.get(row.id) ?? [];
    const ids = identifiersOf.get(row.id) ?? [];
    const regime = regimeOf.get(row.id);
    return sink(
      "actor",
      record(row.id, {
        kind: row.kind,
        name: row.name,
        country: row.country ?? null,
        description: row.description ?? null,
        aliases: own.map((a) => a.alias),
        aliasLanguages: own.map((a) => a.lang),
        identifierSchemes: ids.map((i) => i.scheme),
        identifierValues: ids.map((i) => i.value),
        ...actorSearchFields([row.name, ...own.map((a) => a.alias)], ids),
        regime: regime?.regime ?? null,
        regimeIndex: regime?.index ?? null,
        regimeYear: regime?.year ?? null,
        regimeScore: regime?.score ?? null,
      }),
    );
  });
  for (const row of regimes) await sink("citation", citation(row.state, "regime", row.source, row.quote));
  for (const row of identifiers) await sink("citation", citation(identifierFact(row), "identifier", row.source, row.quote));
  await read(fundingRoundTable, async (row) => {
    await sink(
      "round",
      record(
        row.id,
        {
          name: row.name,
          date: row.date ?? null,
          dateKind: row.dateKind ?? null,
          amount: row.amount ?? null,
          currency: row.currency ?? null,
          amountUsd: row.amountUsd ?? null,
          amountKind: row.amountKind ?? null,
          valuationUsd: row.valuationUsd ?? null,
          confidence: row.confidence,
        },
        { recipient: row.recipient, lead: row.lead ?? null },
      ),
    );
    await citeOwn(row, "round");
  });
  await read(relationTable, async (row) => {
    const relation: RelationRecord = record(row.id, relationProps(row), { type: row.type, from: row.from, to: row.to }) as RelationRecord;
    await sink("relation", relation);
    await citeOwn(row, "relation");
  });
  await read(planTable, async (row) => {
    await sink("plan", record(row.id, { name: row.name, date: row.date ?? null }, { author: row.author }));
    await citeOwn(row, "plan");
  });
  await read(pillarTable, async (row) => {
    await sink(
      "pillar",
      record(row.id, { position: row.position, name: row.name, description: row.description ?? null }, { plan: row.plan }),
    );
    await citeOwn(row, "pillar");
  });
  await read(statementTable, async (row) => {
    await sink(
      "statement",
      record(
        row.id,
        { stance: row.stance, date: row.date ?? null, quote: row.quote, confidence: row.confidence },
        { actor: row.actor, about: row.about ?? null },
      ),
    );
    await citeOwn(row, "statement");
  });
  await read(eventTable, async (row) => {
    await sink(
      "event",
      record(
        row.id,
        { name: row.name, date: row.date, endDate: row.endDate ?? null, description: row.description ?? null, confidence: row.confidence },
        // Sorted by actor id, as the graph gives them back, so the digest does not depend on the order of
        // event_actors.csv's lines and an exported seed compares unchanged.
        {
          actors: (partsOf.get(row.id) ?? [])
            .map((p) => ({ actor: p.actor, role: p.role }))
            .sort((a, b) => (a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : 0)),
        },
      ),
    );
    await citeOwn(row, "event");
  });
  // Each instrument with its names for search and its links, so that a changed link rewrites its instrument.
  await read(policyTable, async (row) => {
    const own = policyAliasesOf.get(row.id) ?? [];
    const names = [row.name, ...(row.officialTitle ? [row.officialTitle] : []), ...own.map((a) => a.alias)];
    const links: PolicyLinkRecord[] = (linksOf.get(row.id) ?? [])
      .map((l) => ({
        id: l.id,
        type: l.type,
        from: l.from,
        to: l.to,
        props: {
          effect: l.effect ?? null,
          validFrom: l.validFrom ?? null,
          validFromKind: l.validFromKind ?? null,
          validTo: l.validTo ?? null,
          role: l.role ?? null,
          reason: l.reason ?? null,
          confidence: l.confidence ?? null,
        },
      }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const policy: PolicyRecord = {
      ...record(
        row.id,
        {
          kind: row.kind,
          name: row.name,
          officialTitle: row.officialTitle ?? null,
          description: row.description ?? null,
          jurisdiction: row.jurisdiction ?? null,
          announced: row.announced ?? null,
          inForce: row.inForce ?? null,
          amended: row.amended ?? null,
          ended: row.ended ?? null,
          endKind: row.endKind ?? null,
          confidence: row.confidence,
          aliases: own.map((a) => a.alias),
          aliasLanguages: own.map((a) => a.lang),
          ...actorSearchFields(names, []),
        },
        { links },
      ),
      links,
    };
    await sink("policy", policy);
    await citeOwn(row, "policy");
  });
  for (const row of policyLinks) if (row.source && row.quote) await sink("citation", citation(row.id, "policyLink", row.source, row.quote));
  await read(citationTable, (row) => sink("citation", citation(row.fact, seed.factKind.get(row.fact)!.kind, row.source, row.quote)));
}

function citation(fact: string, kind: string, source: string, quote: string): SeedRecord {
  return record(`${kind}:${fact}@${source}`, { fact, factKind: kind, quote }, { source });
}

/** One record as it is written, with the digest of its properties and links that tells whether it changed. */
function record(id: string, props: Record<string, unknown>, links: Record<string, unknown> = {}): SeedRecord {
  const digest = createHash("sha256")
    .update(JSON.stringify([props, links]))
    .digest("base64url")
    .slice(0, 22);
  return { id, digest, props, ...links };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
