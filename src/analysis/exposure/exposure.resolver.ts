import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { actorOf } from "../../actor/actor-of";
import { Actor } from "../../actor/actor.type";
import { requireActor } from "../../actor/require-actor";
import { BadUserInputError } from "../../errors/app-errors";
import type { FundingService } from "../../funding/funding.service";
import type { ApiContext } from "../../graphql/context";
import { exposureOf, MAX_PERIODS } from "./exposure";
import { ExposureArgs } from "./exposure.args";
import { Exposure, type ExposureRow } from "./exposure.type";

/** `exposure`: an actor's money over time, by the class of the states behind its funders. */
@Resolver(() => Exposure)
export class ExposureResolver {
  constructor(private readonly fundingService: FundingService) {}

  @Query(() => Exposure, {
    description:
      "How much money reached an actor in each period, and from which class of funder: by the regime class or country of the states " +
      "that control each funder (the control rules of fundingByRegime), or by the funder's kind. Paid and pledged money are apart, and " +
      "every figure carries its fundings with their sources and control chains. An unknown actor is NOT_FOUND.",
  })
  async exposure(@Args() args: ExposureArgs, @Ctx() { loaders }: ApiContext): Promise<ExposureRow> {
    const actor = await requireActor(loaders, args.actor, "actor");
    if (args.from && args.to && args.to < args.from) throw new BadUserInputError(`to (${args.to}) is before from (${args.from}).`, "to");
    const rows = await this.fundingService.fundingsWithControl(actor.id, { asOf: null, everyOwner: false });
    const ids = [...new Set(rows.flatMap((r) => [r.funding.fromId, ...r.controls.map((c) => c.stateId)]))];
    const found = await loaders.actor.loadMany(ids);
    const actors = new Map(found.filter((a): a is Actor => a !== null && !(a instanceof Error)).map((a) => [a.id, a]));
    try {
      return exposureOf(rows, { actorId: actor.id, by: args.by, step: args.step, from: args.from ?? null, to: args.to ?? null }, actors);
    } catch (error) {
      if (error instanceof RangeError)
        throw new BadUserInputError(`The range holds more than ${MAX_PERIODS} periods; narrow from and to, or take a longer step.`, "from");
      throw error;
    }
  }

  @FieldResolver(() => Actor)
  actor(@Root() exposure: ExposureRow, @Ctx() { loaders }: ApiContext): Promise<Actor> {
    return actorOf(loaders, exposure.actorId);
  }
}
