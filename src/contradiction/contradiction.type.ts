import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Actor } from "../actor/actor.type";
import { Connection } from "../graphql/pagination";
import { PartialDateScalar } from "../graphql/scalars";
import { Confidence } from "../model/model-enums";
import { Statement, type StatementRow } from "../plan/statement.type";
import { PolicyTarget, type PolicyTargetRow } from "../policy/policy.type";
import { Relation, type RelationRow } from "../relation/relation.type";
import { Citation } from "../source/source.type";
import { Event, type EventRow } from "../timeline/event.type";
import type { Overlap, TimeSpan } from "./time-span";

/** The kinds of fact a side of a finding can be; each is loaded through the request loader of its kind. */
export const FactKind = { STATEMENT: "STATEMENT", RELATION: "RELATION", POLICY_TARGET: "POLICY_TARGET", EVENT: "EVENT" } as const;
export type FactKind = (typeof FactKind)[keyof typeof FactKind];
registerEnumType(FactKind, {
  name: "ContradictionFactKind",
  description: "What kind of fact one side of a contradiction is.",
  valuesConfig: {
    STATEMENT: { description: "A statement: what an actor said for or against a plan, a pillar or an actor." },
    RELATION: { description: "A dated relation between two actors." },
    POLICY_TARGET: { description: "A policy instrument's TARGETS link: whom it applies to, how and when." },
    EVENT: { description: "A dated event." },
  },
});

export const OverlapValue = { YES: "YES", NO: "NO", UNKNOWN: "UNKNOWN" } as const;
registerEnumType(OverlapValue, {
  name: "Overlap",
  description:
    "Whether the two sides of a contradiction held at one time, by the partial-date rule of asOf (a start counts from its earliest " +
    "day, an end until its latest; a side with no end still holds, and a statement stands from the day it was made).",
  valuesConfig: {
    YES: { description: "Both sides have a start, and neither ended before the other began." },
    NO: { description: "One side ended before the other began." },
    UNKNOWN: { description: "A side has no start date, and the other side's dates do not rule an overlap out." },
  },
});

/** One fact of a finding as every rule's query returns it: its kind, id, span and confidence. */
export interface FactRefRow extends TimeSpan {
  kind: FactKind;
  id: string;
  confidence: string;
}

/** A finding as the rule queries return it (the shared row shape of cypher/contradiction/*.cypher), with its rule. */
export interface FindingRow {
  ruleId: string;
  actorId: string;
  counterpartId: string | null;
  basis: string;
  position: FactRefRow;
  tie: FactRefRow;
  via: FactRefRow[];
}

/** A finding as the service returns it: the row, whether its sides overlap, and the lower confidence. */
export interface ContradictionRow extends FindingRow {
  id: string;
  overlap: Overlap;
  confidence: string;
}

@ObjectType({ description: "A contradiction rule: what it pairs, why that conflicts, and the query that finds it." })
export class ContradictionRule {
  @Field(() => ID, { description: 'The rule\'s id in schema/contradiction-rules.json, e.g. "democratic-ai-authoritarian-ties".' })
  id!: string;

  @Field({ description: "A short name." })
  name!: string;

  @Field({ description: "What the rule pairs, why the pair conflicts, and what it leaves out." })
  description!: string;

  @Field({ description: 'The rule\'s query under cypher/, without the extension, e.g. "contradiction/conflicting-roles".' })
  file!: string;

  @Field(() => [ContradictionBasis], { description: "The ways the rule joins its two sides, as a finding's `basis` names them." })
  bases!: ContradictionBasis[];
}

@ObjectType({ description: "One way a rule joins the two sides of a finding." })
export class ContradictionBasis {
  @Field({ description: 'Its name, e.g. "MONEY".' })
  name!: string;

  @Field({ description: "What it means." })
  description!: string;
}

@ObjectType({
  description:
    "One fact of a contradiction: a statement, a relation, an instrument's TARGETS link or an event, with its dates, confidence and " +
    "sources. Exactly one of statement, relation, policyTarget and event is set, the one `kind` names.",
})
export class ContradictionFact implements FactRefRow {
  @Field(() => FactKind, { description: "What kind of fact it is." })
  kind!: FactKind;

  @Field(() => ID, { description: "The fact's id (a statement, relation, TARGETS link or event id)." })
  id!: string;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: "When it began to hold: a relation's validFrom, a statement's date, a TARGETS link's inForceFrom, an event's date.",
  })
  starts!: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: "When it stopped holding; null while it holds (a statement stands from its date on).",
  })
  ends!: string | null;

  @Field(() => Confidence, { description: "How well the sources establish this fact." })
  confidence!: string;

  @Field(() => Statement, { nullable: true, description: "The statement, when kind is STATEMENT." })
  statement!: StatementRow | null;

  @Field(() => Relation, { nullable: true, description: "The relation, when kind is RELATION." })
  relation!: RelationRow | null;

  @Field(() => PolicyTarget, { nullable: true, description: "The instrument's TARGETS link, when kind is POLICY_TARGET." })
  policyTarget!: PolicyTargetRow | null;

  @Field(() => Event, { nullable: true, description: "The event, when kind is EVENT." })
  event!: EventRow | null;

  @Field(() => [Citation], { description: "The sources of the fact, each with its quote." })
  sources!: Citation[];
}

@ObjectType({
  description:
    "A contradiction: a stated position of an actor (side A) and a tie of the same actor that conflicts with it (side B), found by a " +
    "rule of schema/contradiction-rules.json, with the facts that join them, whether the two held at one time, and a confidence.",
})
export class Contradiction implements ContradictionRow {
  ruleId!: string;
  actorId!: string;
  counterpartId!: string | null;

  @Field(() => ID, { description: "A stable id: the rule, the actor, both sides and the counterpart." })
  id!: string;

  @Field(() => ContradictionRule, { description: "The rule that found it." })
  rule!: ContradictionRule;

  @Field(() => Actor, { description: "The actor the rule is about: the backer, the critic, the signatory or the person." })
  actor!: Actor;

  @Field(() => Actor, {
    nullable: true,
    description:
      "The other party: the authoritarian state, the criticized actor, the targeted party, the critic, or the other organisation.",
  })
  counterpart!: Actor | null;

  @Field({ description: "How the rule joins the two sides; the rule's `bases` say what each name means." })
  basis!: string;

  @Field(() => ContradictionFact, { description: "Side A: the stated position (a statement, a signed or issued instrument, a seat)." })
  position!: FactRefRow;

  @Field(() => ContradictionFact, { description: "Side B: the tie that conflicts with it." })
  tie!: FactRefRow;

  @Field(() => [ContradictionFact], {
    description:
      "The facts that join the two sides, where the rule needs them: a chief executive's LEADS relation that makes his statement his " +
      "organisation's, the chain of control from a state down to the other party, an instrument's TARGETS link, the relations " +
      "between two organisations. Empty when the sides meet directly.",
  })
  via!: FactRefRow[];

  @Field(() => OverlapValue, { description: "Whether the two sides held at one time." })
  overlap!: Overlap;

  @Field(() => Confidence, { description: "The lower of the two sides' confidences (alleged < reported < confirmed)." })
  confidence!: string;
}

@ObjectType({ description: "A page of contradictions." })
export class ContradictionConnection extends Connection(Contradiction, "contradictions") {}
