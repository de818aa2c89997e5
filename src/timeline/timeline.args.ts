import { ArgsType, Field, ID } from "type-graphql";
import { Length, registerDecorator } from "class-validator";
import { PageArgs } from "../graphql/pagination";
import { DateScalar } from "../graphql/scalars";
import { IsSlug } from "../validation/validators";
import { TimelineEntryKind } from "./timeline.type";

/** `to` is not before `from` (days compare as strings, YYYY-MM-DD). Either may be absent. */
function IsNotBefore(other: string): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: "isNotBefore",
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [other],
      options: { message: `${String(propertyName)} must not be before ${other}` },
      validator: {
        validate: (value: unknown, args) => {
          const start = (args?.object as Record<string, unknown> | undefined)?.[other];
          return typeof value !== "string" || typeof start !== "string" || start <= value;
        },
      },
    });
}

@ArgsType()
export class TimelineArgs extends PageArgs {
  @Field(() => ID, { description: 'The actor whose timeline to read, e.g. "openai".' })
  @Length(1, 200)
  @IsSlug("an actor id")
  actor!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Keep entries that reach this day or later. A partial date counts until its latest day: with from "2023-06-01", an entry dated "2023" is kept. Omitted: from the beginning.',
  })
  from?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Keep entries that start on this day or earlier. A partial date counts from its earliest day: with to "2023-06-01", an entry dated "2023" is kept, one dated "2023-07" is not. Omitted: until today and beyond.',
  })
  @IsNotBefore("from")
  to?: string | null;

  @Field(() => [TimelineEntryKind], { nullable: true, description: "Keep only these kinds of entry. Omitted: every kind." })
  kind?: string[] | null;
}
