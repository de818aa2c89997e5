import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Actor } from "../actor/actor.type";
import type { ApiContext } from "../graphql/context";
import { Pillar } from "../plan/plan.type";
import { PolicyEntry, type TimelineEntryRow } from "../timeline/timeline.type";
import { PolicyTargetArgs } from "./policy.args";
import type { PolicyService } from "./policy.service";
import { PolicyPillarLink, PolicyTarget, type PillarLinkRow, type PolicyTargetRow } from "./policy.type";

/** `Actor.policies`: the instruments that target an actor, one query for every actor of a list. */
@Resolver(() => Actor)
export class ActorPoliciesResolver {
  constructor(private readonly policyService: PolicyService) {}

  @FieldResolver(() => [PolicyTarget], {
    description:
      "The policy instruments that target this actor, state or product (export rules, designations, licences, laws, awards), " +
      "with their effect, newest first. With asOf, those in force that day.",
  })
  policies(@Root() actor: Actor, @Args() args: PolicyTargetArgs, @Ctx() { loaders }: ApiContext): Promise<PolicyTargetRow[]> {
    return loaders
      .forArgs<string, PolicyTargetRow[]>("Actor.policies", args, async (targetIds) => {
        const rows = await this.policyService.targets({ targetIds, effects: args.effect, asOf: args.asOf });
        return targetIds.map((id) => rows.filter((r) => r.targetId === id));
      })
      .load(actor.id);
  }
}

/** `Pillar.instruments`: the instruments that put a pillar into practice or work against it. */
@Resolver(() => Pillar)
export class PillarPoliciesResolver {
  @FieldResolver(() => [PolicyPillarLink], {
    description: "The policy instruments that implement this pillar or work against it, newest first, each with its source or reason.",
  })
  async instruments(@Root() pillar: Pillar, @Ctx() { loaders }: ApiContext): Promise<PillarLinkRow[]> {
    const links = await loaders.pillarPolicies.load(pillar.id);
    return links.map((l) => ({ ...l, pillarId: pillar.id }));
  }
}

/** A timeline's policy entry: its TARGETS link, through the loader, so every entry of a page costs one query. */
@Resolver(() => PolicyEntry)
export class PolicyEntryResolver {
  @FieldResolver(() => PolicyTarget)
  async target(@Root() entry: TimelineEntryRow, @Ctx() { loaders }: ApiContext): Promise<PolicyTargetRow> {
    const link = await loaders.policyTarget.load(entry.targetLink!);
    if (!link) throw new Error(`Timeline entry ${entry.id} names policy target ${entry.targetLink}, which does not exist.`);
    return link;
  }
}
