import { Field, Int, ObjectType } from "type-graphql";
import { Actor } from "../actor/actor.type";
import { Hop, type HopRow } from "../relation/hop.type";

/** One ultimate controller as the service returns it; UltimateControllerResolver fills `controller`. */
export interface UltimateControllerRow {
  controllerId: string;
  isState: boolean;
  depth: number;
  chainCount: number;
  chain: HopRow[];
}

@ObjectType({
  description:
    "An actor at the top of a control chain above the asked actor: it controls the actor, directly or through " +
    "others, and nothing recorded controls it. The chain runs from the controller down to the asked actor.",
})
export class UltimateController implements UltimateControllerRow {
  controllerId!: string;

  @Field(() => Actor, { description: "The controller. For a state, `regime` carries its regime class." })
  controller!: Actor;

  @Field({ description: "Whether the controller is a state (kind STATE)." })
  isState!: boolean;

  @Field(() => Int, { description: "How many hops the shortest chain takes: 1 when the controller controls the actor directly." })
  depth!: number;

  @Field(() => [Hop], {
    description:
      "The shortest chain, from the controller down to the asked actor. CONTROLS and OWNS hops are FORWARD; a hop from a " +
      "state to its government body (the body is MEMBER_OF the state) is BACKWARD.",
  })
  chain!: HopRow[];

  @Field(() => Int, { description: "How many control chains (of at most 6 hops) lead from the controller to the asked actor." })
  chainCount!: number;
}
