import { Ctx, FieldResolver, Resolver, Root, type ResolverInterface } from "type-graphql";
import type { ApiContext } from "../graphql/context";
import { identifierFact } from "./identifier.input";
import { Citation } from "../source/source.type";
import { ExternalIdentifier, type ExternalIdentifierRow } from "./external-identifier.type";

/** The sources of an identifier, through the request's citation loader (fact kind "identifier"). */
@Resolver(() => ExternalIdentifier)
export class ExternalIdentifierResolver implements ResolverInterface<ExternalIdentifier> {
  @FieldResolver(() => [Citation])
  sources(@Root() identifier: ExternalIdentifierRow, @Ctx() { loaders }: ApiContext): Promise<Citation[]> {
    return loaders.citations.load({
      kind: "identifier",
      fact: identifierFact({ actor: identifier.actorId, scheme: identifier.scheme, value: identifier.value }),
    });
  }
}
