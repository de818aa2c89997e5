import { registerEnumType } from "type-graphql";
import { model, relationTypes } from "../model/model";

/**
 * The relation types of schema/model.json as a GraphQL enum. Each value is the Neo4j relationship type itself
 * (FUNDS), so a value that passed GraphQL's enum check is by construction one of the fixed list.
 */
export const RelationType: Record<string, string> = Object.fromEntries(relationTypes.map((type) => [type, type]));

registerEnumType(RelationType, {
  name: "RelationType",
  description: "The kinds of relation between actors. The list and meanings come from schema/model.json.",
  valuesConfig: Object.fromEntries(
    Object.entries(model.relationTypes).map(([type, entry]) => [
      type,
      { description: `${entry.label} / ${entry.reverseLabel}: ${entry.description}` },
    ]),
  ),
});

/** Which way a relation runs, seen from one actor. */
export enum Direction {
  OUTGOING = "OUTGOING",
  INCOMING = "INCOMING",
  BOTH = "BOTH",
}

registerEnumType(Direction, {
  name: "Direction",
  description: "Which way a relation runs, seen from one actor.",
  valuesConfig: {
    OUTGOING: { description: "From this actor to the other (Microsoft FUNDS OpenAI is outgoing for Microsoft)." },
    INCOMING: { description: "From the other actor to this one (incoming for OpenAI)." },
    BOTH: { description: "Either way." },
  },
});

/** Which way a hop of a path was walked, relative to the relation's own direction. */
export enum HopDirection {
  FORWARD = "FORWARD",
  BACKWARD = "BACKWARD",
}

registerEnumType(HopDirection, {
  name: "HopDirection",
  description: "Whether a path walks a relation the way it points or against it.",
  valuesConfig: {
    FORWARD: { description: "The hop goes from the relation's source to its target (`from` FUNDS `to`)." },
    BACKWARD: { description: "The hop goes against the relation: `to` is the relation's source (`from` is FUNDED BY `to`)." },
  },
});
