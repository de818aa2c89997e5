import Cypher from "@neo4j/cypher-builder";
import { getNamedType, isObjectType, type FieldNode, type GraphQLResolveInfo } from "graphql";
import type { Actor } from "../actor/actor.type";
import type { FundingQuery } from "../funding/funding.service";
import type { PageWindow } from "../graphql/pagination";
import type { Executor } from "../neo4j/executor";
import { compileActor } from "./actor-selection";
import { fundingsStatement, type CompiledFundings } from "./funding-selection";
import { selectionContext, type SelectionContext } from "./selection";

/**
 * Answers a root field's whole selection with one Cypher statement, as the Neo4j GraphQL Library does: the
 * statement is built from the selection with @neo4j/cypher-builder (values as parameters, relation types and
 * labels from the model's fixed lists), returns only the fields asked, pages in the database and counts only when
 * totalCount is asked. The objects it returns carry each compiled field's value (see precomputed.ts), so the field
 * resolvers answer them without a query; what it does not compile resolves as before, through the loaders.
 * Covered: `actor(id)` with its properties, relation fields (funders, investees, board, members, relations) at any
 * depth, their ends and citations; `fundings` with its items, ends, citations and totals.
 */
export class SelectionCompiler {
  constructor(private readonly executor: Executor) {}

  /** `actor(id)`: the actor (an id merged into another answers the kept actor, as the actor loader does), or null. */
  async actor(id: string, info: GraphQLResolveInfo): Promise<Actor | null> {
    const compiled = actorStatement(selectionContext(info), id, info.fieldNodes);
    const [row] = await this.run<{ actor: Record<string, unknown> }>("compiled/actor", compiled.statement);
    return row ? compiled.decode(row.actor) : null;
  }

  /** `fundings`: null when its selection does not compile (then the caller reads it as before). */
  async fundings(query: FundingQuery, window: PageWindow, info: GraphQLResolveInfo): Promise<CompiledFundings | null> {
    const connectionType = getNamedType(info.returnType);
    if (!isObjectType(connectionType)) return null;
    const compiled = fundingsStatement(selectionContext(info), connectionType, info.fieldNodes, query, window);
    if (!compiled) return null;
    const [row] = await this.run<Record<string, unknown>>("compiled/fundings", compiled.statement);
    return compiled.decode(row!);
  }

  private run<Row>(name: string, statement: Cypher.Clause): Promise<Row[]> {
    const { cypher, params } = statement.build();
    return this.executor.run<Row>("READ", { name, text: cypher }, params);
  }
}

/**
 * The statement of `actor(id) { … }`: the actor by id, or the actor an id merged away names (a MergedActor, as
 * cypher/actor/actors-by-ids.cypher reads it), then the subqueries of its selection, and its projection as `actor`.
 */
export function actorStatement(
  context: SelectionContext,
  id: string,
  nodes: readonly FieldNode[],
): { statement: Cypher.Clause; decode: (raw: Record<string, unknown>) => Actor } {
  const merged = new Cypher.Node();
  const actor = new Cypher.Node();
  const idParam = new Cypher.Param(id);
  const compiled = compileActor(context, actor, nodes);
  const statement = Cypher.utils.concat(
    new Cypher.OptionalMatch(new Cypher.Pattern(merged, { labels: ["MergedActor"], properties: { id: idParam } })),
    new Cypher.Match(new Cypher.Pattern(actor, { labels: ["Actor"] })).where(
      Cypher.eq(actor.property("id"), Cypher.coalesce(merged.property("mergedInto"), idParam)),
    ),
    ...compiled.before,
    new Cypher.Return([compiled.value, "actor"]),
  );
  return { statement, decode: compiled.decode };
}
