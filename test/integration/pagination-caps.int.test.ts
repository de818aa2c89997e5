import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from "graphql";
import { LIMITS } from "../../src/graphql/limits";
import { postGraphql } from "../support/graphql-client";
import { describeWithSeeds } from "../support/processes";
import { startQueryApp, type QueryApp } from "../support/query-app";

let api: QueryApp;
let schema: GraphQLSchema;

beforeAll(async () => {
  api = await startQueryApp();
  schema = buildClientSchema(await api.query<IntrospectionQuery>(getIntrospectionQuery()));
});

afterAll(() => api.app.stop());

/**
 * How a test reaches an object of each type that has a paged field, with `X` where the field goes. A type
 * missing here fails the test, so a new paged field cannot escape it.
 */
const REACH: Record<string, string> = {
  Query: "X",
  Actor: `actor(id: "openai") { X }`,
  Plan: "plans(first: 1) { X }",
  Pillar: "plans(first: 1) { pillars { X } }",
  Source: "sources(first: 1) { edges { node { X } } }",
  FundingRound: `fundingRounds(recipient: "anthropic") { X }`,
};

/** A literal that passes for a required argument: seeded ids ("openai", "microsoft" as the other end of a path). */
function literal(arg: Pick<GraphQLArgument, "name" | "type">): string {
  const type = getNullableType(arg.type) as GraphQLInputType;
  if (isListType(type)) return `[${literal({ name: arg.name, type: type.ofType as GraphQLInputType })}]`;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{ ${required.map((f) => `${f.name}: ${literal(f)}`).join(", ")} }`;
  }
  switch (type.name) {
    case "Int":
    case "Float":
      return "1";
    case "Boolean":
      return "false";
    case "Date":
      return '"2024-01-01"';
    default:
      return arg.name === "to" ? '"microsoft"' : '"openai"';
  }
}

/** `name(first: 101, <required args>) { __typename }`. */
function callWithFirst(field: GraphQLField<unknown, unknown>, first: number): string {
  const required = field.args.filter((a) => a.name !== "first" && isNonNullType(a.type) && a.defaultValue === undefined);
  const args = [`first: ${first}`, ...required.map((a) => `${a.name}: ${literal(a)}`)].join(", ");
  return `${field.name}(${args})${isLeafType(getNamedType(field.type)) ? "" : " { __typename }"}`;
}

function pagedFields(): { type: string; field: GraphQLField<unknown, unknown> }[] {
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !type.name.startsWith("__"))
    .flatMap((type) =>
      Object.values(type.getFields())
        .filter((f) => f.args.some((a) => a.name === "first"))
        .map((field) => ({ type: type.name, field })),
    );
}

describeWithSeeds("pagination caps", () => {
  it("finds the paged fields of the schema", () => {
    const names = pagedFields().map(({ type, field }) => `${type}.${field.name}`);
    expect(names).toEqual(
      expect.arrayContaining(["Query.actors", "Query.connections", "Actor.members", "Plan.statements", "Source.facts"]),
    );
    expect(names.length).toBeGreaterThanOrEqual(20);
  });

  it(`refuses first: ${LIMITS.maxPage + 1} on every field that takes first, with BAD_USER_INPUT naming first`, async () => {
    const failures: string[] = [];
    for (const { type, field } of pagedFields()) {
      const reach = REACH[type];
      if (!reach) {
        failures.push(`${type}.${field.name}: add a way to reach ${type} to REACH`);
        continue;
      }
      const { body } = await postGraphql(api.app.graphqlUrl, `{ ${reach.replace("X", callWithFirst(field, LIMITS.maxPage + 1))} }`);
      const error = body.errors?.[0];
      const seen = JSON.stringify(error ?? body.data);
      if (
        error?.extensions?.code !== "BAD_USER_INPUT" ||
        error.extensions.field !== "first" ||
        !error.message.includes(`first must be at most ${LIMITS.maxPage}`)
      ) {
        failures.push(`${type}.${field.name}: ${seen}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it(`answers first: ${LIMITS.maxPage} on every field that takes first`, async () => {
    const failures: string[] = [];
    for (const { type, field } of pagedFields()) {
      const { body } = await postGraphql(api.app.graphqlUrl, `{ ${REACH[type]!.replace("X", callWithFirst(field, LIMITS.maxPage))} }`);
      // A question about an actor may be refused for its own reasons (e.g. a path from an actor to itself), never for first.
      const refusedFirst = body.errors?.find((e) => e.extensions?.field === "first");
      if (refusedFirst) failures.push(`${type}.${field.name}: ${JSON.stringify(refusedFirst)}`);
    }
    expect(failures).toEqual([]);
  });
});
