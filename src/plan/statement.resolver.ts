import { Ctx, FieldResolver, Resolver, Root, type ResolverInterface } from "type-graphql";
import { actorOf } from "../actor/actor-of";
import { UnreachableCaseError } from "../errors/unreachable-case-error";
import { Actor } from "../actor/actor.type";
import type { ApiContext } from "../graphql/context";
import { Citation } from "../source/source.type";
import { Statement, StatementSubject, type StatementRow } from "./statement.type";

/** Fills a statement's speaker, subject and sources through the request's loaders, whichever query returned it. */
@Resolver(() => Statement)
export class StatementResolver implements ResolverInterface<Statement> {
  @FieldResolver(() => Actor)
  async actor(@Root() statement: StatementRow, @Ctx() { loaders }: ApiContext): Promise<Actor> {
    return actorOf(loaders, statement.actorId, `Statement ${statement.id}`);
  }

  @FieldResolver(() => [Citation])
  sources(@Root() statement: StatementRow, @Ctx() { loaders }: ApiContext): Promise<Citation[]> {
    return loaders.citations.load({ kind: "statement", fact: statement.id });
  }

  /** The subject by its kind, through the loader of that kind; the union resolves by class (see StatementSubject). */
  @FieldResolver(() => StatementSubject, { nullable: true })
  async about(@Root() statement: StatementRow, @Ctx() { loaders }: ApiContext): Promise<typeof StatementSubject | null> {
    const { aboutKind, aboutId } = statement;
    if (aboutKind === null || aboutId === null) return null;
    switch (aboutKind) {
      case "plan":
        return loaders.plan.load(aboutId);
      case "pillar":
        return loaders.pillar.load(aboutId);
      case "actor":
        return loaders.actor.load(aboutId);
      default:
        throw new UnreachableCaseError(aboutKind, `subject kind of statement ${statement.id}:`);
    }
  }
}
