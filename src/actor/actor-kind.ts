import { registerEnumType } from "type-graphql";
import { graphqlEnumOf, model } from "../model/model";

/** The kinds of actor, read from schema/model.json. */
export const ActorKind = graphqlEnumOf(model.actorKinds);

registerEnumType(ActorKind, {
  name: "ActorKind",
  description: "What kind of actor a node is. The list and meanings come from schema/model.json.",
  valuesConfig: Object.fromEntries(
    Object.entries(model.actorKinds).map(([key, entry]) => [key.toUpperCase(), { description: `${entry.label}: ${entry.description}` }]),
  ),
});
