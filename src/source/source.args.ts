import { ArgsType, Field, ID, InputType } from "type-graphql";
import { IsOptional, Length, Matches, ValidateNested } from "class-validator";
import { PageArgs } from "../graphql/pagination";
import { IsSlug } from "../validation/validators";
import { FactKind } from "./source.type";

@InputType({ description: "Which sources to list. Every condition given must hold; an empty filter keeps all sources." })
export class SourceFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Only sources of this publisher: the whole name as sources give it, in any case, e.g. "Fortune".',
  })
  @IsOptional()
  @Length(1, 300, { message: "publisher must be 1 to 300 characters" })
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: 'Only sources in this language: an ISO 639-1 code such as "en" or "fr".' })
  @IsOptional()
  @Matches(/^[a-z]{2}$/, { message: 'language must be an ISO 639-1 code in lower case, such as "en"' })
  language?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only sources whose title, URL or publisher contains this text, in any case, e.g. "openai".',
  })
  @IsOptional()
  @Length(1, 200, { message: "text must be 1 to 200 characters" })
  text?: string | null;
}

@ArgsType()
export class SourcesArgs extends PageArgs {
  @Field(() => SourceFilter, { nullable: true, description: "Which sources to list. Omitted: all of them." })
  @IsOptional()
  @ValidateNested()
  filter?: SourceFilter | null;
}

@ArgsType()
export class SourceArgs {
  @Field(() => ID, { description: 'The source\'s slug id, e.g. "latimes-2023-01-23-microsoft-10bn-openai".' })
  @Length(1, 200)
  @IsSlug("a source id")
  id!: string;
}

@ArgsType()
export class SourceFactsArgs extends PageArgs {
  @Field(() => [FactKind], { nullable: true, description: "Keep only facts of these kinds. Omitted: every kind." })
  kind?: string[] | null;
}
