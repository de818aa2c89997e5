import { Field, ID, ObjectType } from "type-graphql";
import { Connection } from "../graphql/pagination";

/** One change in the audit trail, as cypher/curation/history.cypher returns it. */
@ObjectType({ description: "One recorded change to the graph: who made it, when, what, and the values before and after." })
export class Change {
  @Field(() => ID, { description: "The change's own id." })
  id!: string;

  @Field({ description: "When it was made (ISO date-time): the time of the transaction that made it." })
  at!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Who made it: the name of the API key, "local" for the in-process API, "seeder" for a seed run. Shown to editors and admins only; null for readers, who see that a change happened and when.',
  })
  by!: string | null;

  @Field({ description: "What was done: upsertActor, upsertRelation, addSource, retractRelation, mergeActors or seed." })
  action!: string;

  @Field({ description: "What kind of thing changed: actor, relation, source or dataset." })
  entityKind!: string;

  @Field(() => ID, { description: "The id of what changed (for a merge, the removed actor; for a seed run, the dataset)." })
  entityId!: string;

  @Field(() => String, { nullable: true, description: "Its stored values before, as a JSON object; null when it did not exist." })
  before!: string | null;

  @Field(() => String, { nullable: true, description: "Its stored values after, as a JSON object (for a seed run, the run's counts)." })
  after!: string | null;

  @Field(() => String, { nullable: true, description: "The reason given, for a retraction." })
  reason!: string | null;
}

@ObjectType({ description: "A page of changes, newest first." })
export class ChangeConnection extends Connection(Change, "changes") {}
