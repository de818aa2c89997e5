import type { ActorInput } from "../actor/actor.input";
import { actorSearchFields } from "../actor/lucene-query";
import type { Identity } from "../auth/identity";
import { BadUserInputError, NotFoundError } from "../errors/app-errors";
import { model, relationTypes } from "../model/model";
import { cypher, cypherVariants } from "../neo4j/cypher-file";
import type { Executor, QueryRunner } from "../neo4j/executor";
import { bumpGraphVersion } from "../neo4j/graph-version";
import { relationProps, type RelationInput } from "../relation/relation.input";
import type { RelationRow } from "../relation/relation.type";
import { sourceProps, type SourceInput } from "../source/source.input";
import type { Source } from "../source/source.type";
import { comparePartialDates } from "../validation/validators";
import type { Change } from "./change.type";

const actorState = cypher("curation/actor-state");
const upsertActorQuery = cypher("curation/upsert-actor");
const sourceState = cypher("curation/source-state");
const upsertSourceQuery = cypher("curation/upsert-source");
const relationState = cypher("curation/relation-state");
const upsertRelationQuery = cypherVariants("curation/upsert-relation", { type: relationTypes });
const upsertCitation = cypher("curation/upsert-citation");
const retractRelationQuery = cypher("curation/retract-relation");
const mergeActorsQuery = cypher("curation/merge-actors");
const setActorNames = cypher("curation/set-actor-names");
const recordChangeQuery = cypher("curation/record-change");

interface StoredActor {
  id: string;
  kind: string;
  name: string;
  country: string | null;
  description: string | null;
  aliases: string[];
  aliasLanguages?: string[] | null;
  identifierSchemes?: string[] | null;
  identifierValues?: string[] | null;
  dataset: string | null;
}

/** A relation as stored, with its retraction and dataset. */
export type StoredRelation = RelationRow & {
  retractedAt: string | null;
  retractedBy: string | null;
  retractionReason: string | null;
  dataset: string | null;
};

/** What one change records, besides who and when. */
export interface ChangeRecord {
  action: "upsertActor" | "upsertRelation" | "addSource" | "retractRelation" | "mergeActors" | "seed";
  entityKind: "actor" | "relation" | "source" | "dataset";
  entityId: string;
  related?: string[];
  before: unknown;
  after: unknown;
  reason?: string | null;
}

/**
 * Writes one Change node in the given transaction, and raises the graph's version (see src/neo4j/graph-version.ts):
 * the audit trail and the version share the fate of the change they record. Every write calls it last.
 */
export async function recordChange(tx: QueryRunner, by: string, change: ChangeRecord): Promise<Change> {
  const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
  const [row] = await tx.run<{ change: Change }>(recordChangeQuery, {
    by,
    action: change.action,
    entityKind: change.entityKind,
    entityId: change.entityId,
    related: change.related ?? [],
    before: json(change.before),
    after: json(change.after),
    reason: change.reason ?? null,
  });
  await bumpGraphVersion(tx);
  return row!.change;
}

/**
 * The graph's edits. Each one is a single WRITE transaction that reads the state before, checks it, writes,
 * and records the change with both states: all of it lands, or none. Relation types reach Cypher only through
 * the per-type queries of the model's fixed list.
 */
export class CurationService {
  constructor(private readonly executor: Executor) {}

  async upsertActor(input: ActorInput, by: Identity): Promise<StoredActor> {
    return this.executor.transaction("WRITE", "curation/upsert-actor", async (tx) => {
      const [state] = await tx.run<{ actor: StoredActor | null; mergedInto: string | null }>(actorState, { id: input.id });
      if (state?.mergedInto)
        throw new BadUserInputError(`id "${input.id}" was merged into "${state.mergedInto}"; edit that actor instead.`, "input.id");
      const before = state?.actor ?? null;
      const names = [input.name, ...(before?.aliases ?? [])];
      const props = {
        kind: input.kind,
        name: input.name,
        country: input.country ?? null,
        description: input.description ?? null,
        ...actorSearchFields(
          names,
          (before?.identifierSchemes ?? []).map((scheme, i) => ({ scheme, value: before!.identifierValues![i]! })),
        ),
      };
      const [row] = await tx.run<{ actor: StoredActor }>(upsertActorQuery, { id: input.id, by: by.name, props });
      await recordChange(tx, by.name, { action: "upsertActor", entityKind: "actor", entityId: input.id, before, after: row!.actor });
      return row!.actor;
    });
  }

  async addSource(input: SourceInput, by: Identity): Promise<Source> {
    return this.executor.transaction("WRITE", "curation/upsert-source", async (tx) => {
      const [state] = await tx.run<{ source: Source }>(sourceState, { id: input.id });
      const props = sourceProps(input);
      const [row] = await tx.run<{ source: Source }>(upsertSourceQuery, { id: input.id, by: by.name, props });
      await recordChange(tx, by.name, {
        action: "addSource",
        entityKind: "source",
        entityId: input.id,
        before: state?.source ?? null,
        after: row!.source,
      });
      return row!.source;
    });
  }

  /**
   * Creates or updates a relation and cites its source. The checks that need the graph are the seed plan's:
   * both ends exist (and were not merged away), their kinds fit the type, the source exists, dates run forward,
   * an amount has a currency.
   */
  async upsertRelation(input: RelationInput, by: Identity): Promise<StoredRelation> {
    return this.executor.transaction("WRITE", "curation/upsert-relation", async (tx) => {
      const type = model.relationTypes[input.type];
      if (!type) throw new BadUserInputError(`type must be one of ${relationTypes.join(", ")}`, "input.type");
      const query = upsertRelationQuery.get({ type: input.type });
      for (const [field, id] of [
        ["from", input.from],
        ["to", input.to],
      ] as const) {
        const [state] = await tx.run<{ actor: StoredActor | null; mergedInto: string | null }>(actorState, { id });
        if (state?.mergedInto)
          throw new BadUserInputError(`${field} "${id}" was merged into "${state.mergedInto}"; use that id.`, `input.${field}`);
        if (!state?.actor) throw new BadUserInputError(`${field} "${id}" is not the id of an actor in the graph.`, `input.${field}`);
        const allowed = field === "from" ? type.source : type.target;
        if (!allowed.includes(state.actor.kind)) {
          throw new BadUserInputError(
            `a ${state.actor.kind} cannot be the ${field === "from" ? "start" : "end"} of ${input.type} (allowed: ${allowed.join(", ")})`,
            `input.${field}`,
          );
        }
      }
      const [source] = await tx.run(sourceState, { id: input.source });
      if (!source)
        throw new BadUserInputError(
          `source "${input.source}" is not the id of a source in the graph; add it first with addSource.`,
          "input.source",
        );
      if (input.validFrom && input.validTo && comparePartialDates(input.validFrom, input.validTo) > 0) {
        throw new BadUserInputError(`validTo ${input.validTo} is before validFrom ${input.validFrom}`, "input.validTo");
      }
      if (input.amount !== undefined && input.amount !== null && !input.currency)
        throw new BadUserInputError("currency is required when amount is given", "input.currency");
      if (input.amount !== undefined && input.amount !== null && !input.amountKind) {
        throw new BadUserInputError(
          "amountKind is required when amount is given: paid, committed, up_to, credit_line or valuation",
          "input.amountKind",
        );
      }

      const [state] = await tx.run<{ relation: StoredRelation }>(relationState, { id: input.id });
      const props = relationProps(input);
      const [row] = await tx.run<{ relation: StoredRelation }>(query, {
        id: input.id,
        from: input.from,
        to: input.to,
        type: input.type,
        by: by.name,
        props,
      });
      await tx.run(upsertCitation, {
        id: `relation:${input.id}@${input.source}`,
        fact: input.id,
        factKind: "relation",
        source: input.source,
        quote: input.quote,
      });
      await recordChange(tx, by.name, {
        action: "upsertRelation",
        entityKind: "relation",
        entityId: input.id,
        related: [input.from, input.to],
        before: state?.relation ?? null,
        after: { ...row!.relation, source: input.source, quote: input.quote },
      });
      return row!.relation;
    });
  }

  async retractRelation(id: string, reason: string, by: Identity): Promise<StoredRelation> {
    return this.executor.transaction("WRITE", "curation/retract-relation", async (tx) => {
      const [state] = await tx.run<{ relation: StoredRelation }>(relationState, { id });
      if (!state) throw new NotFoundError(`No relation has the id "${id}".`, "id", id);
      if (state.relation.retractedAt) {
        throw new BadUserInputError(
          `relation "${id}" was already retracted at ${state.relation.retractedAt} by ${state.relation.retractedBy}.`,
          "id",
        );
      }
      const [row] = await tx.run<{ relation: StoredRelation }>(retractRelationQuery, { id, by: by.name, reason });
      await recordChange(tx, by.name, {
        action: "retractRelation",
        entityKind: "relation",
        entityId: id,
        related: [state.relation.fromId, state.relation.toId],
        before: state.relation,
        after: row!.relation,
        reason,
      });
      return row!.relation;
    });
  }

  /** Merges `remove` into `keep`; answers how many relationships moved. */
  async mergeActors(keep: string, remove: string, by: Identity): Promise<{ moved: number }> {
    if (keep === remove) throw new BadUserInputError("keep and remove must be two different actors.", "remove");
    return this.executor.transaction("WRITE", "curation/merge-actors", async (tx) => {
      const states: Record<string, StoredActor> = {};
      for (const [field, id] of [
        ["keep", keep],
        ["remove", remove],
      ] as const) {
        const [state] = await tx.run<{ actor: StoredActor | null; mergedInto: string | null }>(actorState, { id });
        if (state?.mergedInto) throw new BadUserInputError(`${field} "${id}" was already merged into "${state.mergedInto}".`, field);
        if (!state?.actor) throw new NotFoundError(`No actor has the id "${id}".`, field, id);
        states[field] = state.actor;
      }
      const [row] = await tx.run<{ moved: number; redirected: number }>(mergeActorsQuery, { keep, remove, by: by.name });
      // The removed actor's names stay findable: its name (the usual English name) and aliases become the kept one's.
      const kept = states.keep!;
      const removed = states.remove!;
      const aliases = [...(kept.aliases ?? [])];
      const aliasLanguages = [...(kept.aliasLanguages ?? kept.aliases.map(() => "en"))];
      const newNames: [string, string][] = [
        [removed.name, "en"],
        ...(removed.aliases ?? []).map((alias, i): [string, string] => [alias, removed.aliasLanguages?.[i] ?? "en"]),
      ];
      for (const [name, lang] of newNames) {
        if (name !== kept.name && !aliases.includes(name)) {
          aliases.push(name);
          aliasLanguages.push(lang);
        }
      }
      const identifiers = (kept.identifierSchemes ?? []).map((scheme, i) => ({ scheme, value: kept.identifierValues![i]! }));
      await tx.run(setActorNames, { id: keep, aliases, aliasLanguages, ...actorSearchFields([kept.name, ...aliases], identifiers) });
      await recordChange(tx, by.name, {
        action: "mergeActors",
        entityKind: "actor",
        entityId: remove,
        related: [keep],
        before: { keep: states.keep, remove: states.remove },
        after: { keep, remove, mergedInto: keep, relationshipsMoved: row!.moved, redirectsUpdated: row!.redirected },
      });
      return { moved: row!.moved };
    });
  }
}
