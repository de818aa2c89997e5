import { Field, ID, InputType } from "type-graphql";
import { IsOptional, Length, Matches } from "class-validator";
import { IsPartialDate, IsSlug } from "../validation/validators";

/** A document read to support facts. The seeder reads sources.csv with this class; edits will too. */
@InputType({ description: "A source document: the page that was read, with its publication details." })
export class SourceInput {
  @Field(() => ID, { description: 'Slug id, e.g. "latimes-2023-01-23-microsoft-10bn-openai".' })
  @IsSlug("a slug")
  @Length(1, 160)
  id!: string;

  @Field({
    description:
      "The original publisher's page (http, https, or a urn: for a document kept in the project). When a copy was read, `via` is the copy.",
  })
  @Matches(/^(https?:\/\/[^\s]+|urn:[a-z0-9][a-z0-9-]*:[^\s]+)$/i, { message: "url must be an http(s) URL or a urn:" })
  @Length(1, 2000)
  url!: string;

  @Field(() => String, {
    nullable: true,
    description: "The copy that was read (a syndication, mirror or aggregator), when it was not the original at `url`.",
  })
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/i, { message: "via must be an http(s) URL" })
  @Length(1, 2000)
  via?: string;

  @Field({ description: "The title as the page shows it." })
  @Length(1, 500, { message: "title must be 1 to 500 characters" })
  title!: string;

  @Field(() => String, { nullable: true, description: "Who published it." })
  @IsOptional()
  @Length(1, 300)
  publisher?: string;

  @Field(() => String, { nullable: true, description: "Publication date as precise as the page gives it: YYYY, YYYY-MM or YYYY-MM-DD." })
  @IsOptional()
  @IsPartialDate()
  published?: string;

  @Field({ description: 'ISO 639-1 language of the page, e.g. "en" or "fr".' })
  @Matches(/^[a-z]{2}$/, { message: 'language must be an ISO 639-1 code in lower case, such as "en"' })
  language!: string;
}

/** The properties a source is stored with: every optional field as null when empty. The seeder and the edits store these. */
export function sourceProps(input: SourceInput): Record<string, unknown> {
  return {
    url: input.url,
    via: input.via ?? null,
    title: input.title,
    publisher: input.publisher ?? null,
    published: input.published ?? null,
    language: input.language,
  };
}

/** One source supporting one fact, with the words that do so. */
@InputType({ description: "A further source for a fact, with its supporting quote." })
export class CitationInput {
  @Field(() => ID, { description: "The fact's id: a relation, statement, event, plan or pillar." })
  @IsSlug("a slug")
  fact!: string;

  @Field(() => ID, { description: "The source's id." })
  @IsSlug("a slug")
  source!: string;

  @Field({ description: "The words of the source that support the fact, copied exactly." })
  @Length(1, 2000, { message: "quote must be 1 to 2000 characters" })
  quote!: string;
}
