import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Connection } from "../graphql/pagination";
import { PartialDateScalar } from "../graphql/scalars";

@ObjectType({ description: "A document read to support facts: a web page, filing or article." })
export class Source {
  @Field(() => ID, { description: 'Stable slug id, e.g. "latimes-2023-01-23-microsoft-10bn-openai".' })
  id!: string;

  @Field({ description: "The original publisher's page. A `urn:` for a document kept with the project rather than online." })
  url!: string;

  @Field(() => String, {
    nullable: true,
    description: "The copy that was read (a syndication, mirror or aggregator rewrite), when it was not the original at `url`.",
  })
  via!: string | null;

  @Field({ description: "The document's title, in its own language." })
  title!: string;

  @Field(() => String, { nullable: true, description: "Whose story it is (for a mirror or syndicated copy, the original publisher)." })
  publisher!: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: "When the document was published." })
  published!: string | null;

  @Field({ description: 'ISO 639-1 language of the document, e.g. "en", "fr".' })
  language!: string;
}

@ObjectType({ description: "One source supporting one fact, with the quote from it that does so." })
export class Citation {
  @Field({ description: "The words of the source that support the fact, quoted as read." })
  quote!: string;

  @Field(() => Source, { description: "The document quoted." })
  source!: Source;
}

/** The kinds of fact a citation can support, as stored in Citation.factKind. */
export const FactKind = {
  RELATION: "relation",
  STATEMENT: "statement",
  EVENT: "event",
  PLAN: "plan",
  PILLAR: "pillar",
  REGIME: "regime",
  ROUND: "round",
  IDENTIFIER: "identifier",
  POLICY: "policy",
  POLICY_LINK: "policyLink",
} as const;

export type FactKindValue = (typeof FactKind)[keyof typeof FactKind];

registerEnumType(FactKind, {
  name: "FactKind",
  description: "The kinds of fact a source can support.",
  valuesConfig: {
    RELATION: { description: "A relation between two actors (FUNDS, BOARD_MEMBER_OF…)." },
    STATEMENT: { description: "A statement an actor made." },
    EVENT: { description: "An event." },
    PLAN: { description: "A plan and who put it forward." },
    PILLAR: { description: "One point of a plan." },
    REGIME: { description: "A state's regime class; the fact's id is the state's actor id." },
    ROUND: { description: "A funding round." },
    IDENTIFIER: { description: "An actor's external identifier; the fact's id is \"actor:scheme:value\"." },
    POLICY: { description: "A policy instrument: what it is, who issued it and when." },
    POLICY_LINK: { description: "A link of a policy instrument: a target, a change of another instrument, or a pillar." },
  },
});

/** A fact a source supports, as cypher/source/facts-of-sources.cypher returns it; SourceFactResolver fills the fact. */
export interface SourceFactRow {
  kind: FactKindValue;
  id: string;
  quote: string;
}

/** Its fields `relation`, `statement`, `event`, `plan`, `pillar` and `state` are declared by SourceFactResolver. */
@ObjectType({
  description:
    "One fact a source supports, with the quote that does so. The field named after the fact's kind holds the fact " +
    "(`relation` for a RELATION…); the others are null.",
})
export class SourceFact implements SourceFactRow {
  @Field(() => FactKind, { description: "What kind of fact it is." })
  kind!: FactKindValue;

  @Field(() => ID, { description: "The fact's id: a relation, statement, event, plan or pillar id, or for REGIME the state's actor id." })
  id!: string;

  @Field({ description: "The words of the source that support the fact, quoted as read." })
  quote!: string;
}

@ObjectType({ description: "A page of sources, newest first (undated last), then by id." })
export class SourceConnection extends Connection(Source, "sources") {}

@ObjectType({ description: "A page of the facts a source supports, by kind, then by fact id." })
export class SourceFactConnection extends Connection(SourceFact, "facts") {}
