import { Field, ID, ObjectType } from "type-graphql";
import { ActorKind } from "./actor-kind";

@ObjectType({ description: "A person, organisation, fund or state that takes part in AI geopolitics." })
export class Actor {
  @Field(() => ID, { description: 'Stable slug id, e.g. "openai", "sam-altman", "saudi-arabia", "pif".' })
  id!: string;

  @Field({ description: "The usual English name." })
  name!: string;

  @Field(() => ActorKind, { description: "What kind of actor this is." })
  kind!: string;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 code of the actor's country; null for international bodies and groups." })
  country!: string | null;

  @Field(() => [String], { description: 'Other names, in any language ("États-Unis", "USA").' })
  aliases!: string[];
}
