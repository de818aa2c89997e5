import { Field, ObjectType } from "type-graphql";
import { IdentifierScheme } from "../model/model-enums";
import { Citation } from "../source/source.type";

/** An identifier as actorFromProperties reads it from the actor's node; the resolver fills its sources. */
export interface ExternalIdentifierRow {
  actorId: string;
  scheme: string;
  value: string;
}

@ObjectType({ description: "An actor's identifier in another register, with the sources that show it." })
export class ExternalIdentifier implements ExternalIdentifierRow {
  actorId!: string;

  @Field(() => IdentifierScheme, { description: "The register: WIKIDATA, LEI or TICKER." })
  scheme!: string;

  @Field({ description: 'The identifier, e.g. "Q21708200", "NASDAQ:NVDA".' })
  value!: string;

  @Field(() => [Citation], { description: "The pages that show the identifier, each with its quote." })
  sources!: Citation[];
}
