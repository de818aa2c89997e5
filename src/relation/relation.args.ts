import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../graphql/pagination";
import { DateScalar } from "../graphql/scalars";
import { Direction, RelationType } from "./relation-type";

/** Paging and an "as of" day: what every field returning relations takes. */
@ArgsType()
export class DatedPageArgs extends PageArgs {
  @Field(() => DateScalar, { nullable: true, description: "Keep only the relations valid on this day. Omitted: all relations, whenever they held." })
  asOf?: string | null;
}

@ArgsType()
export class ActorRelationsArgs extends DatedPageArgs {
  @Field(() => [RelationType], { nullable: true, description: "Keep only these types of relation. Omitted: every type." })
  type?: string[] | null;

  @Field(() => Direction, { defaultValue: Direction.BOTH, description: "Which way the relations run, seen from this actor." })
  direction: Direction = Direction.BOTH;
}
