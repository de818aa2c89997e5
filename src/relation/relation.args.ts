import { ArgsType, Field } from "type-graphql";
import { DateTimeResolver } from "graphql-scalars";
import { PageArgs } from "../graphql/pagination";
import { DateScalar } from "../graphql/scalars";
import { Direction, RelationType } from "./relation-type";

/** Paging and an "as of" day: what every field returning relations takes. */
@ArgsType()
export class DatedPageArgs extends PageArgs {
  @Field(() => DateScalar, {
    nullable: true,
    description: "Keep only the relations valid on this day. Omitted: all relations, whenever they held.",
  })
  asOf?: string | null;

  @Field({
    defaultValue: false,
    description:
      "Also return retracted relations (each carries retractedAt, retractedBy and retractionReason). Default false: retracted relations are left out.",
  })
  includeRetracted: boolean = false;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description:
      "What the graph said at this instant (ISO 8601, e.g. 2026-01-01T00:00:00Z): only relations recorded by then and not retracted by then. Combines with asOf, which is about when the facts held. Omitted: now.",
  })
  knownAt?: Date | null;
}

@ArgsType()
export class ActorRelationsArgs extends DatedPageArgs {
  @Field(() => [RelationType], { nullable: true, description: "Keep only these types of relation. Omitted: every type." })
  type?: string[] | null;

  @Field(() => Direction, { defaultValue: Direction.BOTH, description: "Which way the relations run, seen from this actor." })
  direction: Direction = Direction.BOTH;
}
