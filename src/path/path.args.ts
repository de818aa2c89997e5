import { ArgsType, Field, ID, Int } from "type-graphql";
import { Length, Matches, Max, Min, registerDecorator } from "class-validator";
import { LIMITS } from "../graphql/limits";
import { DateScalar } from "../graphql/scalars";
import { RelationType } from "../relation/relation-type";
import { SLUG_PATTERN } from "../validation/validators";

/** How many paths `connections` returns when `first` is omitted: a few, since each carries all its hops. */
export const DEFAULT_PATHS = 5;

/** How long a path `connections` looks for when `maxHops` is omitted. */
export const DEFAULT_MAX_HOPS = 4;

/**
 * The property must differ from `other`. `connections(from: "x", to: "x")` asks for a path from an actor to
 * itself, which no simple path is; refusing it (BAD_USER_INPUT naming `to`) tells the caller so, where an empty
 * list would read as "not connected".
 */
function DiffersFrom(other: string): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: "differsFrom",
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [other],
      options: { message: `${String(propertyName)} must name another actor than ${other}: a path joins two different actors` },
      validator: { validate: (value: unknown, args) => value !== (args?.object as Record<string, unknown> | undefined)?.[other] },
    });
}

@ArgsType()
export class ConnectionsArgs {
  @Field(() => ID, { description: 'The actor the paths start from, e.g. "saudi-arabia".' })
  @Length(1, 120, { message: "from must be an actor id of 1 to 120 characters" })
  @Matches(SLUG_PATTERN, { message: 'from must be a lowercase slug such as "saudi-arabia"' })
  from!: string;

  @Field(() => ID, { description: 'The actor the paths end at, e.g. "openai". Must differ from `from`.' })
  @Length(1, 120, { message: "to must be an actor id of 1 to 120 characters" })
  @Matches(SLUG_PATTERN, { message: 'to must be a lowercase slug such as "openai"' })
  @DiffersFrom("from")
  to!: string;

  @Field(() => Int, {
    defaultValue: DEFAULT_MAX_HOPS,
    description: `The longest path to look for, in hops: 1 to ${LIMITS.maxHops}, ${DEFAULT_MAX_HOPS} when omitted.`,
  })
  @Min(1, { message: "maxHops must be at least 1" })
  @Max(LIMITS.maxHops, { message: `maxHops must be at most ${LIMITS.maxHops}` })
  maxHops: number = DEFAULT_MAX_HOPS;

  @Field(() => [RelationType], { nullable: true, description: "Walk only relations of these types. Omitted or empty: every type." })
  relationTypes?: string[] | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Walk only relations valid on this day. Omitted: every relation, whenever it held.",
  })
  asOf?: string | null;

  @Field(() => Int, {
    defaultValue: DEFAULT_PATHS,
    description: `How many paths to return, shortest first: 1 to ${LIMITS.maxPage}, ${DEFAULT_PATHS} when omitted.`,
  })
  @Min(1, { message: "first must be at least 1" })
  @Max(LIMITS.maxPage, { message: `first must be at most ${LIMITS.maxPage}` })
  first: number = DEFAULT_PATHS;

  @Field({
    defaultValue: false,
    description:
      "true: walk each relation only the way it points (from the funder to the funded, from the state to the fund it controls), so every hop is FORWARD. false (the default): walk relations either way.",
  })
  directed: boolean = false;
}
