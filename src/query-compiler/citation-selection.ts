import Cypher from "@neo4j/cypher-builder";
import type { FieldNode } from "graphql";
import { citationsOf, SOURCE_PROPERTIES, sourceProjection, type SourceProperty } from "../neo4j/fragments";
import { FactKind, type Citation } from "../source/source.type";
import type { Compiled } from "./compiled";
import { objectType, subfields, type SelectionContext } from "./selection";

const sourceProperties = new Set<string>(SOURCE_PROPERTIES);

/**
 * The citations of the relation `r` (its `sources` field) as a subquery: each citation's quote and the source's
 * properties the selection reads (its id always, for a `facts` field left to its resolver), newest source first.
 * Citation and Source are read by graphql-js's default resolvers, which read a field by its name whatever its
 * alias, so the projection is keyed by field name and the aliases of one field share it.
 */
export function compileCitations(context: SelectionContext, r: Cypher.Variable, nodes: readonly FieldNode[]): Compiled<Citation[]> {
  let quote = false;
  let source: Set<SourceProperty> | null = null;
  for (const [, fieldNodes] of subfields(context, objectType(context, "Citation"), nodes)) {
    const name = fieldNodes[0]!.name.value;
    if (name === "quote") quote = true;
    if (name !== "source") continue;
    source ??= new Set<SourceProperty>(["id"]);
    for (const [, sourceNodes] of subfields(context, objectType(context, "Source"), fieldNodes)) {
      const field = sourceNodes[0]!.name.value;
      if (sourceProperties.has(field)) source.add(field as SourceProperty);
    }
  }
  const citation = new Cypher.Node();
  const cited = new Cypher.Node();
  const projected: Record<string, Cypher.Expr> = {};
  if (quote) projected.quote = citation.property("quote");
  if (source) projected.source = sourceProjection(cited, [...source]);
  const { match, order } = citationsOf(r.property("id"), new Cypher.Param(FactKind.RELATION), citation, cited);
  const list = new Cypher.Variable();
  match
    .with(citation, cited)
    .orderBy(...order)
    .return([Cypher.collect(new Cypher.Map(projected)), list]);
  return { before: [new Cypher.Call(match, [r])], value: list, decode: (raw: Citation[]) => raw };
}
