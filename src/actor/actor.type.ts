import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { RegimeClass } from "../model/model-enums";
import { ActorKind } from "./actor-kind";
import { ExternalIdentifier, type ExternalIdentifierRow } from "./external-identifier.type";

@ObjectType({ description: "A state's regime class in the one democracy index the graph uses." })
export class ActorRegime {
  @Field(() => RegimeClass, { description: "The class: full democracy, flawed democracy, hybrid regime or authoritarian." })
  class!: string;

  @Field({ description: 'The index, e.g. "EIU Democracy Index".' })
  index!: string;

  @Field(() => Int, { description: "The edition of the index the class comes from." })
  year!: number;

  @Field(() => Float, { nullable: true, description: "The 0-10 score, when the source gives it." })
  score!: number | null;
}

@ObjectType({ description: "A person, organisation, fund or state that takes part in AI geopolitics." })
export class Actor {
  @Field(() => ID, { description: 'Stable slug id, e.g. "openai", "sam-altman", "saudi-arabia", "pif".' })
  id!: string;

  @Field({ description: "The usual English name." })
  name!: string;

  @Field(() => ActorKind, { description: "What kind of actor this is." })
  kind!: string;

  @Field(() => String, {
    nullable: true,
    description: "ISO 3166-1 alpha-2 code of the actor's country; null for international bodies and groups.",
  })
  country!: string | null;

  @Field(() => String, { nullable: true, description: "One neutral sentence about the actor." })
  description!: string | null;

  @Field(() => [String], { description: 'Other names, in any language ("États-Unis", "USA").' })
  aliases!: string[];

  @Field(() => [ExternalIdentifier], {
    description:
      "The actor's identifiers in other registers (Wikidata, the LEI register, stock exchanges), each with the page that shows it. `search` finds an actor by any of them.",
  })
  identifiers!: ExternalIdentifierRow[];

  @Field(() => ActorRegime, {
    nullable: true,
    description: "For a state, its regime class; null for other actors and for states without one.",
  })
  regime!: ActorRegime | null;
}
