import { ArgsType, Field, ID, Int } from "type-graphql";
import { Length, Matches, Max, Min } from "class-validator";
import { LIMITS } from "../graphql/limits";
import { PageArgs } from "../graphql/pagination";
import { DateScalar } from "../graphql/scalars";
import { RelationType } from "../relation/relation-type";
import { SLUG_PATTERN } from "../validation/validators";

@ArgsType()
export class NeighborhoodArgs extends PageArgs {
  @Field(() => ID, { description: 'The actor at the centre, e.g. "mgx".' })
  @Length(1, 120, { message: "id must be an actor id of 1 to 120 characters" })
  @Matches(SLUG_PATTERN, { message: 'id must be a lowercase slug such as "mgx"' })
  id!: string;

  @Field(() => Int, { defaultValue: 1, description: `How many hops out from the centre: 1 to ${LIMITS.maxDepth}, 1 when omitted.` })
  @Min(1, { message: "depth must be at least 1" })
  @Max(LIMITS.maxDepth, { message: `depth must be at most ${LIMITS.maxDepth}` })
  depth: number = 1;

  @Field(() => [RelationType], {
    nullable: true,
    description: "Keep only relations of these types, both to walk out from the centre and to draw. Omitted or empty: every type.",
  })
  relationTypes?: string[] | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "Keep only relations valid on this day, both to walk out from the centre and to draw. Omitted: every relation, whenever it held.",
  })
  asOf?: string | null;
}
