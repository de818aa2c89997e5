import { Field, ID, ObjectType } from "type-graphql";
import { PartialDateScalar } from "../graphql/scalars";

@ObjectType({ description: "A document read to support facts: a web page, filing or article." })
export class Source {
  @Field(() => ID, { description: 'Stable slug id, e.g. "latimes-2023-01-23-microsoft-10bn-openai".' })
  id!: string;

  @Field({ description: "Where the document was read. A `urn:` for a document kept with the project rather than online." })
  url!: string;

  @Field({ description: "The document's title, in its own language." })
  title!: string;

  @Field(() => String, { nullable: true, description: "Whose story it is (for a mirror or syndicated copy, the original publisher)." })
  publisher!: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: "When the document was published." })
  published!: string | null;

  @Field({ description: "ISO 639-1 language of the document, e.g. \"en\", \"fr\"." })
  language!: string;
}

@ObjectType({ description: "One source supporting one fact, with the quote from it that does so." })
export class Citation {
  @Field({ description: "The words of the source that support the fact, quoted as read." })
  quote!: string;

  @Field(() => Source, { description: "The document quoted." })
  source!: Source;
}
