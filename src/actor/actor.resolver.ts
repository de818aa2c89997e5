import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { ApiContext } from "../graphql/context";
import { ActorArgs } from "./actor.args";
import { Actor } from "./actor.type";

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => Actor, {
    nullable: true,
    description: "One actor by its slug id; null when no actor has it (an unknown id is an answer, not an error: \"is X in the graph?\").",
  })
  actor(@Args() { id }: ActorArgs, @Ctx() { loaders }: ApiContext): Promise<Actor | null> {
    return loaders.actor.load(id);
  }
}
