import { Args, Ctx, FieldResolver, Query, Resolver, Root, type ResolverInterface } from "type-graphql";
import { actorOf } from "../actor/actor-of";
import { Actor } from "../actor/actor.type";
import { requireActor } from "../actor/require-actor";
import { UnreachableCaseError } from "../errors/unreachable-case-error";
import type { ApiContext } from "../graphql/context";
import { pageWindow, toPage, type Page } from "../graphql/pagination";
import type { StatementRow } from "../plan/statement.type";
import type { PolicyTargetRow } from "../policy/policy.type";
import type { RelationRow } from "../relation/relation.type";
import { Citation } from "../source/source.type";
import type { EventRow } from "../timeline/event.type";
import { ContradictionsArgs } from "./contradiction.args";
import { contradictionRules, type ContradictionRuleEntry } from "./contradiction-rules";
import type { ContradictionService } from "./contradiction.service";
import {
  Contradiction,
  ContradictionConnection,
  ContradictionFact,
  ContradictionRule,
  type ContradictionRow,
  type FactRefRow,
} from "./contradiction.type";

function ruleOf(entry: ContradictionRuleEntry): ContradictionRule {
  return {
    id: entry.id,
    name: entry.name,
    description: entry.description,
    file: entry.file,
    bases: Object.entries(entry.bases).map(([name, description]) => ({ name, description })),
  };
}

/** `contradictions` and `contradictionRules`, and the rule and actors of a finding. */
@Resolver(() => Contradiction)
export class ContradictionResolver implements ResolverInterface<Contradiction> {
  constructor(private readonly service: ContradictionService) {}

  @Query(() => [ContradictionRule], {
    description: "The contradiction rules, in the order findings are listed, each with what it pairs and why.",
  })
  contradictionRules(): ContradictionRule[] {
    return contradictionRules.map(ruleOf);
  }

  @Query(() => ContradictionConnection, {
    description:
      "Contradictions: a stated position of an actor paired with a tie that conflicts with it, found by the rules of " +
      "schema/contradiction-rules.json (see contradictionRules), each side with its fact, dates and sources. Ordered by rule, then " +
      "actor, then the ids of the two sides.",
  })
  async contradictions(@Args() args: ContradictionsArgs, @Ctx() { loaders }: ApiContext): Promise<Page<ContradictionRow>> {
    const window = pageWindow(args);
    const actor = args.actor ? (await requireActor(loaders, args.actor, "actor")).id : null;
    const findings = await this.service.findings({ actor, rules: args.rule, asOf: args.asOf });
    return toPage(findings.slice(window.offset, window.offset + window.limit), args, findings.length);
  }

  @FieldResolver(() => ContradictionRule)
  rule(@Root() finding: ContradictionRow): ContradictionRule {
    const entry = contradictionRules.find((r) => r.id === finding.ruleId);
    if (!entry) throw new Error(`A finding names rule ${finding.ruleId}, which the registry does not hold.`);
    return ruleOf(entry);
  }

  @FieldResolver(() => Actor)
  actor(@Root() finding: ContradictionRow, @Ctx() { loaders }: ApiContext): Promise<Actor> {
    return actorOf(loaders, finding.actorId, `Contradiction ${finding.id}`);
  }

  @FieldResolver(() => Actor, { nullable: true })
  async counterpart(@Root() finding: ContradictionRow, @Ctx() { loaders }: ApiContext): Promise<Actor | null> {
    return finding.counterpartId === null ? null : actorOf(loaders, finding.counterpartId, `Contradiction ${finding.id}`);
  }
}

/** A side's fact through the request loader of its kind, so each is projected once, as everywhere else. */
@Resolver(() => ContradictionFact)
export class ContradictionFactResolver implements ResolverInterface<ContradictionFact> {
  @FieldResolver()
  async statement(@Root() fact: FactRefRow, @Ctx() { loaders }: ApiContext): Promise<StatementRow | null> {
    return fact.kind === "STATEMENT" ? loaders.statement.load(fact.id) : null;
  }

  @FieldResolver()
  async relation(@Root() fact: FactRefRow, @Ctx() { loaders }: ApiContext): Promise<RelationRow | null> {
    return fact.kind === "RELATION" ? loaders.relation.load(fact.id) : null;
  }

  @FieldResolver()
  async policyTarget(@Root() fact: FactRefRow, @Ctx() { loaders }: ApiContext): Promise<PolicyTargetRow | null> {
    return fact.kind === "POLICY_TARGET" ? loaders.policyTarget.load(fact.id) : null;
  }

  @FieldResolver()
  async event(@Root() fact: FactRefRow, @Ctx() { loaders }: ApiContext): Promise<EventRow | null> {
    return fact.kind === "EVENT" ? loaders.event.load(fact.id) : null;
  }

  @FieldResolver(() => [Citation])
  sources(@Root() fact: FactRefRow, @Ctx() { loaders }: ApiContext): Promise<Citation[]> {
    return loaders.citations.load({ kind: citationKindOf(fact), fact: fact.id });
  }
}

/** The stored kind of fact that citations name. */
function citationKindOf(fact: FactRefRow): string {
  switch (fact.kind) {
    case "STATEMENT":
      return "statement";
    case "RELATION":
      return "relation";
    case "POLICY_TARGET":
      return "policyLink";
    case "EVENT":
      return "event";
    default:
      throw new UnreachableCaseError(fact.kind, "contradiction fact kind:");
  }
}
