import type { GraphQLSchema } from "graphql";
import { buildSchema, type ContainerType, type NonEmptyArray } from "type-graphql";
import { join } from "node:path";
import { ActorResolver } from "../actor/actor.resolver";
import { projectRoot } from "../project-root";

/** Every resolver class of the API. */
export const resolvers: NonEmptyArray<Function> = [ActorResolver];

export const schemaFile = join(projectRoot, "schema", "schema.graphql");

/**
 * Builds the executable schema. `instances` holds one object per resolver class (built by the composition
 * root with its services), so no resolver reaches for a global. validate: true runs the class-validator
 * rules of every args and input class before a resolver is called.
 */
export function buildApiSchema(instances: readonly object[]): Promise<GraphQLSchema> {
  const container: ContainerType = {
    get(someClass: Function) {
      const instance = instances.find((i) => i.constructor === someClass);
      if (!instance) throw new Error(`No instance of ${someClass.name} was given to buildApiSchema.`);
      return instance;
    },
  };
  return buildSchema({ resolvers, container, validate: { forbidUnknownValues: false } });
}
