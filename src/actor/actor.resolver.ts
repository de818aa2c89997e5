import { Args, Query, Resolver } from "type-graphql";
import { ActorArgs } from "./actor.args";
import { Actor } from "./actor.type";
import { ActorService } from "./actor.service";

@Resolver(() => Actor)
export class ActorResolver {
  constructor(private readonly actors: ActorService) {}

  @Query(() => Actor, { nullable: true, description: "One actor by its slug id; null when there is none." })
  actor(@Args() { id }: ActorArgs): Promise<Actor | null> {
    return this.actors.findById(id);
  }
}
