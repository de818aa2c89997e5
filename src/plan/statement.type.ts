import { createUnionType, Field, ID, ObjectType } from "type-graphql";
import { Actor } from "../actor/actor.type";
import { PartialDateScalar } from "../graphql/scalars";
import { Confidence, Stance } from "../model/model-enums";
import { Citation } from "../source/source.type";
// Plan and Pillar are reached through thunks only, so the import cycle with plan.type.ts is safe.
import { Pillar, Plan } from "./plan.type";

/** What a statement is about, as stored: the label of its subject. */
export type SubjectKind = "plan" | "pillar" | "actor";

/**
 * A statement as Cypher returns it: its properties, who made it and what it is about. Every statement query
 * projects statements to this shape (see cypher/plan/statements-by-ids.cypher), so one resolver fills `actor`,
 * `about` and `sources` for all of them.
 */
export interface StatementRow {
  id: string;
  stance: string;
  quote: string;
  date: string | null;
  confidence: string;
  actorId: string;
  aboutKind: SubjectKind | null;
  aboutId: string | null;
}

/**
 * What a statement is about. Plans and pillars come from PlanService as class instances, so instanceof tells
 * them apart; actors come from the actor loader as plain objects.
 */
export const StatementSubject = createUnionType({
  name: "StatementSubject",
  description: "What a statement is about: a plan, one pillar of a plan, or an actor.",
  types: () => [Plan, Pillar, Actor] as const,
  resolveType: (value) => (value instanceof Plan ? Plan : value instanceof Pillar ? Pillar : Actor),
});

@ObjectType({
  description: "What an actor said for or against a plan, a pillar or another actor, or a bare claim, in the words a source prints.",
})
export class Statement implements StatementRow {
  @Field(() => ID, { description: 'Stable slug id, e.g. "altman-proposes-pillar-security".' })
  id!: string;

  actorId!: string;
  aboutKind!: SubjectKind | null;
  aboutId!: string | null;

  @Field(() => Actor, { description: "Who made the statement." })
  actor!: Actor;

  @Field(() => Stance, { description: "Where it stands on what it is about; CLAIMS for a bare claim about the world." })
  stance!: string;

  @Field({ description: "The actor's words as the source prints them (possibly translated or paraphrased by the source)." })
  quote!: string;

  @Field(() => PartialDateScalar, { nullable: true, description: "When it was said; null when the sources give no date." })
  date!: string | null;

  @Field(() => Confidence, { description: "How well the sources establish that the actor said it." })
  confidence!: string;

  @Field(() => [Citation], { description: "The sources that report the statement, each with its quote." })
  sources!: Citation[];

  @Field(() => StatementSubject, { nullable: true, description: "What the statement is about; null for a bare claim (stance CLAIMS)." })
  about!: typeof StatementSubject | null;
}
