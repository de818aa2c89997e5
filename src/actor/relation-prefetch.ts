import { validateSync } from "class-validator";
import { getArgumentValues, getNamedType, isObjectType, Kind, type GraphQLResolveInfo } from "graphql";
import { pageWindow } from "../graphql/pagination";
import type { DatedPageArgs } from "../relation/relation.args";
import { relationFields, type RelationField } from "./actor-relations.resolver";

/** A relation field of the asked actor, with its arguments as its own resolver will receive them. */
export interface RelationFieldAsked {
  field: RelationField;
  args: DatedPageArgs;
}

/**
 * The first relation field (funders, investees, board, members, relations) that the selection of the `actor` root
 * field asks for directly, so the root field can load the actor with that page in one query: the relations query
 * returns the actor's own properties too. Null when there is none, when the field sits in a fragment or under a
 * directive, or when its arguments would not pass; then nothing is loaded ahead, and the field's own resolver
 * reports bad arguments as usual.
 */
export function firstRelationFieldAsked(info: GraphQLResolveInfo): RelationFieldAsked | null {
  const actorType = getNamedType(info.returnType);
  if (info.fieldNodes.length !== 1 || !isObjectType(actorType)) return null;
  for (const selection of info.fieldNodes[0]!.selectionSet?.selections ?? []) {
    if (selection.kind !== Kind.FIELD || (selection.directives?.length ?? 0) > 0 || !Object.hasOwn(relationFields, selection.name.value))
      continue;
    const field = selection.name.value as RelationField;
    const definition = actorType.getFields()[field];
    if (!definition) return null;
    try {
      const args = Object.assign(
        new relationFields[field].args(),
        getArgumentValues(definition, selection, info.variableValues),
      ) as DatedPageArgs;
      // The checks type-graphql runs before the field's resolver, and the cursor's, which pageWindow makes.
      if (validateSync(args, { forbidUnknownValues: false }).length > 0) return null;
      pageWindow(args);
      return { field, args };
    } catch {
      return null;
    }
  }
  return null;
}
