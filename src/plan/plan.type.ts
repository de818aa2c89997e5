import { Field, ID, Int, ObjectType } from "type-graphql";
import { Actor } from "../actor/actor.type";
import { PartialDateScalar } from "../graphql/scalars";
import { Citation } from "../source/source.type";
import { Statement, type StatementRow } from "./statement.type";

/** A plan as Cypher returns it (cypher/plan/): its properties and its author's id. */
export interface PlanRow {
  id: string;
  name: string;
  date: string | null;
  authorId: string;
}

/** A pillar as Cypher returns it: its properties and its plan's id. */
export interface PillarRow {
  id: string;
  position: number;
  name: string;
  description: string | null;
  planId: string;
}

/**
 * Fields that resolvers fill are typed as what the resolvers hand GraphQL: statements as StatementRow, which
 * StatementResolver completes.
 */
@ObjectType({
  description:
    'A policy programme put forward by an actor, such as Altman\'s four-point plan for "democratic AI", with its pillars and who backs or opposes it.',
})
export class Plan implements PlanRow {
  @Field(() => ID, { description: 'Stable slug id, e.g. "altman-democratic-ai-plan".' })
  id!: string;

  @Field({ description: "The plan's name, as its sources give it." })
  name!: string;

  @Field(() => PartialDateScalar, { nullable: true, description: "When it was put forward; null when the sources give no date." })
  date!: string | null;

  authorId!: string;

  @Field(() => Actor, { description: "The actor who put the plan forward." })
  author!: Actor;

  @Field(() => [Citation], { description: "The sources that report the plan, each with its quote." })
  sources!: Citation[];

  @Field(() => [Pillar], { description: "The plan's points, in their order in it (position 1 first)." })
  pillars!: Pillar[];

  @Field(() => [Statement], {
    description: "Statements about the plan as a whole (not about one pillar), with any stance, oldest first, undated last.",
  })
  statements!: StatementRow[];

  @Field(() => [Statement], { description: "Statements that propose or endorse the plan as a whole, oldest first, undated last." })
  for!: StatementRow[];

  @Field(() => [Statement], { description: "Statements that oppose or criticize the plan as a whole, oldest first, undated last." })
  against!: StatementRow[];
}

@ObjectType({ description: "One point of a plan, with the statements for and against it." })
export class Pillar implements PillarRow {
  @Field(() => ID, { description: 'Stable slug id, e.g. "pillar-security".' })
  id!: string;

  @Field(() => Int, { description: "Its place in the plan, from 1." })
  position!: number;

  @Field({ description: 'Its short name, e.g. "Security".' })
  name!: string;

  @Field(() => String, { nullable: true, description: "What it asks for, in one or two neutral sentences." })
  description!: string | null;

  planId!: string;

  @Field(() => Plan, { description: "The plan it belongs to." })
  plan!: Plan;

  @Field(() => [Citation], { description: "The sources that state the pillar, each with its quote." })
  sources!: Citation[];

  @Field(() => [Statement], { description: "Who backs it: statements that propose or endorse it, oldest first, undated last." })
  for!: StatementRow[];

  @Field(() => [Statement], { description: "Who is against it: statements that oppose or criticize it, oldest first, undated last." })
  against!: StatementRow[];

  @Field(() => [Statement], {
    description: "Statements about it with the given stances (all stances when `stance` is omitted), oldest first, undated last.",
  })
  statements!: StatementRow[];
}
