import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root, type ResolverInterface } from "type-graphql";
import { actorOf } from "../actor/actor-of";
import { Actor } from "../actor/actor.type";
import { canonicalIds } from "../actor/require-actor";
import { NotFoundError } from "../errors/app-errors";
import type { ApiContext } from "../graphql/context";
import { pageWindow, toPage, type Page } from "../graphql/pagination";
import { Pillar } from "../plan/plan.type";
import { Citation } from "../source/source.type";
import { Relation, type RelationRow } from "../relation/relation.type";
import { PoliciesArgs, PolicyTargetArgs, WhileTargetedArgs } from "./policy.args";
import type { PolicyService } from "./policy.service";
import {
  Policy,
  PolicyChange,
  PolicyConnection,
  PolicyPillarLink,
  PolicyTarget,
  type PillarLinkRow,
  type PolicyLinkRow,
  type PolicyRow,
  type PolicyTargetRow,
} from "./policy.type";

/** The instrument a link names, or an error: the seeder only writes links whose ends exist. */
export async function policyOf(ctx: ApiContext, id: string): Promise<PolicyRow> {
  const policy = await ctx.loaders.policy.load(id);
  if (!policy) throw new Error(`A link names policy ${id}, which does not exist.`);
  return policy;
}

/** `policy` and `policies`, and the fields of an instrument, filled through the request's loaders. */
@Resolver(() => Policy)
export class PolicyResolver implements ResolverInterface<Policy> {
  constructor(private readonly policyService: PolicyService) {}

  @Query(() => Policy, { description: "One policy instrument by id. An unknown id is NOT_FOUND." })
  async policy(
    @Arg("id", () => ID, { description: 'The instrument\'s id, e.g. "us-ai-diffusion-rule-2025-01".' }) id: string,
    @Ctx() { loaders }: ApiContext,
  ): Promise<PolicyRow> {
    const policy = await loaders.policy.load(id);
    if (!policy)
      throw new NotFoundError(`No policy instrument has the id "${id}" (id). Find it with policies(filter: {text: …}).`, "id", id);
    return policy;
  }

  @Query(() => PolicyConnection, {
    description:
      "Policy instruments by issuer, target, kind, pillar, day in force and name, a page at a time: newest first, or best match first with text.",
  })
  async policies(@Args() args: PoliciesArgs, @Ctx() { loaders }: ApiContext): Promise<Page<PolicyRow>> {
    const filter = args.filter ?? {};
    const ids = await canonicalIds(loaders, { issuer: filter.issuer, target: filter.target }, "filter.");
    if (filter.pillar && !(await loaders.pillar.load(filter.pillar)))
      throw new NotFoundError(
        `No pillar has the id "${filter.pillar}" (filter.pillar). List them with plans { pillars { id } }.`,
        "filter.pillar",
        filter.pillar,
      );
    const found = await this.policyService.find(
      { ...ids, kinds: filter.kind, pillar: filter.pillar, inForceOn: filter.inForceOn, text: filter.text },
      pageWindow(args),
    );
    const policies = await loaders.policy.loadMany(found.ids);
    return toPage(
      policies.filter((p): p is PolicyRow => p !== null && !(p instanceof Error)),
      args,
      found.total,
    );
  }

  @FieldResolver(() => Actor, { nullable: true })
  jurisdiction(@Root() policy: PolicyRow, @Ctx() { loaders }: ApiContext): Promise<Actor> | null {
    return policy.jurisdictionId ? actorOf(loaders, policy.jurisdictionId) : null;
  }

  @FieldResolver(() => [Actor])
  async issuers(@Root() policy: PolicyRow, @Ctx() ctx: ApiContext): Promise<Actor[]> {
    const links = await this.links(ctx, policy, "ISSUED", false);
    return Promise.all(links.map((l) => actorOf(ctx.loaders, l.otherId)));
  }

  @FieldResolver(() => [Citation])
  sources(@Root() policy: PolicyRow, @Ctx() { loaders }: ApiContext): Promise<Citation[]> {
    return loaders.citations.load({ kind: "policy", fact: policy.id });
  }

  /** One query for the targets of every instrument of a list that asks the same arguments. */
  @FieldResolver(() => [PolicyTarget])
  targets(@Root() policy: PolicyRow, @Args() args: PolicyTargetArgs, @Ctx() { loaders }: ApiContext): Promise<PolicyTargetRow[]> {
    return loaders
      .forArgs<string, PolicyTargetRow[]>("Policy.targets", args, async (policyIds) => {
        const rows = await this.policyService.targets({ policyIds, effects: args.effect, asOf: args.asOf });
        return policyIds.map((id) => rows.filter((r) => r.policyId === id));
      })
      .load(policy.id);
  }

  @FieldResolver(() => [PolicyChange])
  amends(@Root() policy: PolicyRow, @Ctx() ctx: ApiContext): Promise<PolicyLinkRow[]> {
    return this.links(ctx, policy, "AMENDS", true);
  }

  @FieldResolver(() => [PolicyChange])
  amendedBy(@Root() policy: PolicyRow, @Ctx() ctx: ApiContext): Promise<PolicyLinkRow[]> {
    return this.links(ctx, policy, "AMENDS", false);
  }

  @FieldResolver(() => [PolicyChange])
  replaces(@Root() policy: PolicyRow, @Ctx() ctx: ApiContext): Promise<PolicyLinkRow[]> {
    return this.links(ctx, policy, "REPLACES", true);
  }

  @FieldResolver(() => [PolicyChange])
  replacedBy(@Root() policy: PolicyRow, @Ctx() ctx: ApiContext): Promise<PolicyLinkRow[]> {
    return this.links(ctx, policy, "REPLACES", false);
  }

  @FieldResolver(() => [PolicyChange])
  revokes(@Root() policy: PolicyRow, @Ctx() ctx: ApiContext): Promise<PolicyLinkRow[]> {
    return this.links(ctx, policy, "REVOKES", true);
  }

  @FieldResolver(() => [PolicyChange])
  revokedBy(@Root() policy: PolicyRow, @Ctx() ctx: ApiContext): Promise<PolicyLinkRow[]> {
    return this.links(ctx, policy, "REVOKES", false);
  }

  @FieldResolver(() => [PolicyPillarLink])
  async pillars(@Root() policy: PolicyRow, @Ctx() ctx: ApiContext): Promise<PillarLinkRow[]> {
    const all = await ctx.loaders.policyLinks.load(policy.id);
    return all
      .filter((l) => l.outgoing && (l.type === "IMPLEMENTS" || l.type === "WORKS_AGAINST"))
      .map((l) => ({ id: l.id, type: l.type, policyId: policy.id, pillarId: l.otherId, reason: l.reason, confidence: l.confidence }));
  }

  private async links(ctx: ApiContext, policy: PolicyRow, type: string, outgoing: boolean): Promise<PolicyLinkRow[]> {
    const all = await ctx.loaders.policyLinks.load(policy.id);
    return all.filter((l) => l.type === type && l.outgoing === outgoing);
  }
}

/** A target link's instrument, target, sources, and the target's dealings while the instrument applied. */
@Resolver(() => PolicyTarget)
export class PolicyTargetResolver {
  constructor(private readonly policyService: PolicyService) {}

  @FieldResolver(() => [Relation], {
    description:
      "The target's relations (deals, talks, partnerships, fundings…) that held at some time while this instrument applied to it, " +
      'oldest first: e.g. the dealings of an entity-listed firm with American companies during its listing (country: ["US"]).',
  })
  async relationsWhileTargeted(
    @Root() link: PolicyTargetRow,
    @Args() args: WhileTargetedArgs,
    @Ctx() { loaders }: ApiContext,
  ): Promise<RelationRow[]> {
    const ids = await loaders
      .forArgs<string, string[]>("PolicyTarget.relationsWhileTargeted", args, (linkIds) =>
        this.policyService.relationsWhileTargeted(linkIds, args.type ?? null, args.country ?? null),
      )
      .load(link.id);
    const relations = await loaders.relation.loadMany(ids);
    return relations.filter((r): r is RelationRow => r !== null && !(r instanceof Error));
  }

  @FieldResolver(() => Policy)
  policy(@Root() link: PolicyTargetRow, @Ctx() ctx: ApiContext): Promise<PolicyRow> {
    return policyOf(ctx, link.policyId);
  }

  @FieldResolver(() => Actor)
  target(@Root() link: PolicyTargetRow, @Ctx() { loaders }: ApiContext): Promise<Actor> {
    return actorOf(loaders, link.targetId);
  }

  @FieldResolver()
  inForceFrom(@Root() link: PolicyTargetRow): string | null {
    return link.starts;
  }

  @FieldResolver()
  inForceUntil(@Root() link: PolicyTargetRow): string | null {
    return link.ends;
  }

  @FieldResolver(() => [Citation])
  sources(@Root() link: PolicyTargetRow, @Ctx() { loaders }: ApiContext): Promise<Citation[]> {
    return loaders.citations.load({ kind: "policyLink", fact: link.id });
  }
}

/** The other end of an AMENDS, REPLACES or REVOKES link, and its sources. */
@Resolver(() => PolicyChange)
export class PolicyChangeResolver {
  @FieldResolver(() => Policy)
  policy(@Root() link: PolicyLinkRow, @Ctx() ctx: ApiContext): Promise<PolicyRow> {
    return policyOf(ctx, link.otherId);
  }

  @FieldResolver(() => [Citation])
  sources(@Root() link: PolicyLinkRow, @Ctx() { loaders }: ApiContext): Promise<Citation[]> {
    return loaders.citations.load({ kind: "policyLink", fact: link.id });
  }
}

@Resolver(() => PolicyPillarLink)
export class PolicyPillarLinkResolver {
  @FieldResolver()
  stance(@Root() link: PillarLinkRow): string {
    return link.type;
  }

  @FieldResolver(() => Policy)
  policy(@Root() link: PillarLinkRow, @Ctx() ctx: ApiContext): Promise<PolicyRow> {
    return policyOf(ctx, link.policyId);
  }

  @FieldResolver(() => Pillar)
  async pillar(@Root() link: PillarLinkRow, @Ctx() { loaders }: ApiContext): Promise<Pillar> {
    const pillar = await loaders.pillar.load(link.pillarId);
    if (!pillar) throw new Error(`A policy link names pillar ${link.pillarId}, which does not exist.`);
    return pillar;
  }

  @FieldResolver(() => [Citation])
  sources(@Root() link: PillarLinkRow, @Ctx() { loaders }: ApiContext): Promise<Citation[]> {
    return loaders.citations.load({ kind: "policyLink", fact: link.id });
  }
}
