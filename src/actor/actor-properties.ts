import type { ActorProperty } from "../neo4j/fragments";
import type { Actor } from "./actor.type";

/** An actor node's properties as the seeder and the curation mutations store them (cypher/seed/upsert-actors.cypher). */
export type ActorProperties = Record<string, unknown>;

/**
 * The Actor a node's properties describe: the one place that reads them, whether the actor was loaded by id
 * or came as the end of a relation. The queries project the properties read here:
 * `a {.id, .name, .kind, .country, .description, .aliases, .identifierSchemes, .identifierValues, .regime, .regimeIndex,
 * .regimeYear, .regimeScore}`.
 */
export function actorFromProperties(p: ActorProperties): Actor {
  return {
    id: p.id as string,
    name: p.name as string,
    kind: p.kind as string,
    country: (p.country as string | undefined) ?? null,
    description: (p.description as string | undefined) ?? null,
    aliases: (p.aliases as string[] | undefined) ?? [],
    identifiers: ((p.identifierSchemes as string[] | undefined) ?? []).map((scheme, i) => ({
      actorId: p.id as string,
      scheme,
      value: (p.identifierValues as string[])[i]!,
    })),
    regime:
      p.regime === undefined || p.regime === null
        ? null
        : {
            class: p.regime as string,
            index: (p.regimeIndex as string | undefined) ?? null,
            year: (p.regimeYear as number | undefined) ?? null,
            score: (p.regimeScore as number | undefined) ?? null,
          },
  } as Actor;
}

/**
 * The node properties each scalar or property-built field of Actor is read from, by actorFromProperties above:
 * what the query compiler projects for a selection (src/query-compiler/actor-selection.ts). A field absent here
 * is not read from the node's properties.
 */
export const PROPERTIES_OF_ACTOR_FIELD: Readonly<Record<string, readonly ActorProperty[]>> = {
  id: ["id"],
  name: ["name"],
  kind: ["kind"],
  country: ["country"],
  description: ["description"],
  aliases: ["aliases"],
  identifiers: ["id", "identifierSchemes", "identifierValues"],
  regime: ["regime", "regimeIndex", "regimeYear", "regimeScore"],
};
