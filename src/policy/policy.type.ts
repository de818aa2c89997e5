import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Actor } from "../actor/actor.type";
import { Connection } from "../graphql/pagination";
import { PartialDateScalar } from "../graphql/scalars";
import { Confidence, DateKind, PolicyEffect, PolicyEndKind, PolicyKind } from "../model/model-enums";
import { model } from "../model/model";
import { Pillar } from "../plan/plan.type";
import { Citation } from "../source/source.type";

/** An instrument as cypher/policy/policies-by-ids.cypher returns it; PolicyResolver fills its links. */
export interface PolicyRow {
  id: string;
  kind: string;
  name: string;
  officialTitle: string | null;
  description: string | null;
  aliases: string[];
  jurisdictionId: string | null;
  announced: string | null;
  inForce: string | null;
  amended: string | null;
  ended: string | null;
  endKind: string | null;
  confidence: string;
}

/** A TARGETS link as cypher/policy/policy-targets.cypher returns it. */
export interface PolicyTargetRow {
  id: string;
  effect: string;
  role: string | null;
  validFrom: string | null;
  validFromKind: string | null;
  validTo: string | null;
  confidence: string;
  policyId: string;
  targetId: string;
  starts: string | null;
  ends: string | null;
}

/** A link other than TARGETS, seen from one instrument (cypher/policy/policy-links.cypher). */
export interface PolicyLinkRow {
  id: string;
  type: string;
  /** True when the instrument starts the link (it amends, replaces, revokes, implements); false when it ends there. */
  outgoing: boolean;
  otherId: string;
  reason: string | null;
  confidence: string | null;
}

/** A pillar link, read from either end: an instrument's `pillars` or a pillar's `instruments`. */
export interface PillarLinkRow {
  id: string;
  type: string;
  policyId: string;
  pillarId: string;
  reason: string | null;
  confidence: string | null;
}

/** A pillar link seen from the pillar (cypher/policy/pillar-policies.cypher). */
export interface PillarPolicyRow {
  id: string;
  type: string;
  policyId: string;
  reason: string | null;
  confidence: string | null;
}

const linkMeaning = (type: string) => model.policyLinkTypes[type]!.description;

@ObjectType({
  description:
    "A policy instrument as a dated record: an export rule, an entity-list designation, a licence decision, a law, a regulation, an " +
    "executive order, an investment-screening decision, a subsidy programme, an agreement, a summit declaration, a resolution or a " +
    "standard. It says who issued it, whom it targets and how, when it was announced, took effect and ended, which instruments it " +
    "changes, and which pillars of the plan it puts into practice or works against. Every field is sourced.",
})
export class Policy implements PolicyRow {
  jurisdictionId!: string | null;

  @Field(() => ID, { description: 'Stable slug id, e.g. "us-ai-diffusion-rule-2025-01".' })
  id!: string;

  @Field(() => PolicyKind, { description: "What kind of instrument it is." })
  kind!: string;

  @Field({ description: 'The short name researchers use, e.g. "AI diffusion rule".' })
  name!: string;

  @Field(() => String, { nullable: true, description: "Its title as published, when a source gives it." })
  officialTitle!: string | null;

  @Field(() => String, { nullable: true, description: "What it does, in one or two neutral sentences." })
  description!: string | null;

  @Field(() => [String], { description: 'Other names: acronyms, official numbers ("EO 14110"), names in other languages.' })
  aliases!: string[];

  @Field(() => Actor, { nullable: true, description: "The state or body whose instrument it is, or where it applies." })
  jurisdiction!: Actor | null;

  @Field(() => [Actor], { description: "Who issued, adopted or signed it (ISSUED), by id." })
  issuers!: Actor[];

  @Field(() => PartialDateScalar, { nullable: true, description: "When it was announced, published, signed or adopted." })
  announced!: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: "When it took effect." })
  inForce!: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: "When it was last amended, as recorded." })
  amended!: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: "When it ended: revoked, expired, replaced or suspended (see endKind)." })
  ended!: string | null;

  @Field(() => PolicyEndKind, { nullable: true, description: "How it ended." })
  endKind!: string | null;

  @Field(() => Confidence, { description: "How well the sources establish the instrument." })
  confidence!: string;

  @Field(() => [Citation], { description: "The sources of the instrument, each with its quote." })
  sources!: Citation[];

  @Field(() => [PolicyTarget], { description: "Whom it applies to and how (TARGETS), newest first." })
  targets!: PolicyTargetRow[];

  @Field(() => [PolicyChange], { description: `The instruments it amends. ${linkMeaning("AMENDS")}` })
  amends!: PolicyLinkRow[];

  @Field(() => [PolicyChange], { description: "The later instruments that amend it." })
  amendedBy!: PolicyLinkRow[];

  @Field(() => [PolicyChange], { description: `The instruments it replaces. ${linkMeaning("REPLACES")}` })
  replaces!: PolicyLinkRow[];

  @Field(() => [PolicyChange], { description: "The later instruments that replace it." })
  replacedBy!: PolicyLinkRow[];

  @Field(() => [PolicyChange], { description: `The instruments it revokes. ${linkMeaning("REVOKES")}` })
  revokes!: PolicyLinkRow[];

  @Field(() => [PolicyChange], { description: "The later instruments that revoke it." })
  revokedBy!: PolicyLinkRow[];

  @Field(() => [PolicyPillarLink], { description: "The pillars of the plan it implements or works against." })
  pillars!: PillarLinkRow[];
}

@ObjectType({ description: "One target of an instrument: the actor, state or product it applies to, how, and when." })
export class PolicyTarget implements Omit<PolicyTargetRow, "policyId" | "targetId" | "starts" | "ends"> {
  @Field(() => ID, { description: "The link's id, which its citations name." })
  id!: string;

  @Field(() => Policy, { description: "The instrument." })
  policy!: Policy;

  @Field(() => Actor, { description: "The actor, state or product it targets." })
  target!: Actor;

  @Field(() => PolicyEffect, { description: "What it does to the target." })
  effect!: string;

  @Field(() => String, { nullable: true, description: 'What it does to this target in words, e.g. "Entity List designation".' })
  role!: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: "When it began to apply to this target, where that differs from the instrument's own dates.",
  })
  validFrom!: string | null;

  @Field(() => DateKind, { nullable: true, description: "What validFrom is: when it began, was announced or was reported." })
  validFromKind!: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: "When it stopped applying to this target, where that differs." })
  validTo!: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: "When it applies from, all dates considered: validFrom, else the instrument's in-force date, else its announcement.",
  })
  inForceFrom!: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: "When it applies until, all dates considered: validTo, else the instrument's end; null while it applies.",
  })
  inForceUntil!: string | null;

  @Field(() => Confidence, { description: "How well the sources establish the link." })
  confidence!: string;

  @Field(() => [Citation], { description: "The sources of the link, each with its quote." })
  sources!: Citation[];
}

@ObjectType({ description: "An instrument that amends, replaces or revokes another, or is amended, replaced or revoked by it." })
export class PolicyChange {
  @Field(() => ID, { description: "The link's id, which its citations name." })
  id!: string;

  @Field(() => Policy, { description: "The other instrument." })
  policy!: Policy;

  @Field(() => Confidence, { nullable: true, description: "How well the sources establish the link." })
  confidence!: string | null;

  @Field(() => [Citation], { description: "The sources of the link, each with its quote." })
  sources!: Citation[];
}

/** Whether an instrument puts a pillar into practice or works against it. */
export const PillarStance = { IMPLEMENTS: "IMPLEMENTS", WORKS_AGAINST: "WORKS_AGAINST" } as const;
registerEnumType(PillarStance, {
  name: "PillarStance",
  description: "Whether an instrument puts a pillar of the plan into practice or works against it.",
  valuesConfig: {
    IMPLEMENTS: { description: model.policyLinkTypes.IMPLEMENTS!.description },
    WORKS_AGAINST: { description: model.policyLinkTypes.WORKS_AGAINST!.description },
  },
});

@ObjectType({ description: "An instrument's link to a pillar of the plan, with its source or its stated reason." })
export class PolicyPillarLink {
  @Field(() => ID, { description: "The link's id, which its citations name." })
  id!: string;

  @Field(() => PillarStance, { description: "Whether the instrument implements the pillar or works against it." })
  stance!: string;

  @Field(() => Policy, { description: "The instrument." })
  policy!: Policy;

  @Field(() => Pillar, { description: "The pillar." })
  pillar!: Pillar;

  @Field(() => String, { nullable: true, description: "Why the link holds, when no source states it." })
  reason!: string | null;

  @Field(() => Confidence, { nullable: true, description: "How well the sources establish the link, when it has sources." })
  confidence!: string | null;

  @Field(() => [Citation], { description: "The sources of the link, each with its quote; empty when a reason is given instead." })
  sources!: Citation[];
}

@ObjectType({ description: "A page of policy instruments." })
export class PolicyConnection extends Connection(Policy, "policy instruments") {}
