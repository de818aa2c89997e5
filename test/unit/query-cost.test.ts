import { buildSchema, Kind, parse, type OperationDefinitionNode } from "graphql";
import { CostLimitError, costLimitsPlugin, measureOperation, type CostLimits } from "../../src/safety/query-cost";

// A small schema of the API's shape: lists that take `first` (default 20), and lists that do not.
const schema = buildSchema(`
  type Query {
    actor(id: ID!): Actor
    actors(first: Int = 20): [Actor!]!
    kinds: [String!]!
  }
  type Mutation { retract(id: ID!): Actor }
  type Actor {
    id: ID!
    name: String!
    aliases: [String!]!
    relations(first: Int = 20, type: String): [Relation!]!
  }
  type Relation { type: String! to: Actor! }
`);

function measure(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return measureOperation(schema, document, operation, variables);
}

describe("query-cost", () => {
  describe("measureOperation", () => {
    it("returns 1 per field, and the depth of the deepest field", () => {
      expect(measure(`{ actor(id: "openai") { id name } }`)).toEqual({ depth: 2, complexity: 3, aliases: 0 });
      expect(measure(`{ kinds }`)).toEqual({ depth: 1, complexity: 1, aliases: 0 });
    });

    it("multiplies what a field selects by its `first`, or by the default 20 when `first` is left out", () => {
      // actors: 1 + 10 × (id 1 + relations (1 + 20 × type 1)) = 221
      expect(measure(`{ actors(first: 10) { id relations { type } } }`)).toEqual({ depth: 3, complexity: 221, aliases: 0 });
      expect(measure(`{ actors { id } }`).complexity).toBe(21);
    });

    it("reads `first` from the variables, and counts a `first` over 100 as 100", () => {
      const query = `query ($n: Int) { actors(first: $n) { id } }`;
      expect(measure(query, { n: 5 }).complexity).toBe(6);
      expect(measure(query, { n: 500 }).complexity).toBe(101);
      expect(measure(query).complexity).toBe(21);
    });

    it("counts a `first` that does not coerce once, leaving its refusal to execution", () => {
      expect(measure(`query ($n: Int) { actors(first: $n) { id } }`, { n: "many" }).complexity).toBe(2);
    });

    it("counts aliases", () => {
      expect(measure(`{ a: actor(id: "a") { id } b: actor(id: "b") { key: id } }`)).toEqual({ depth: 2, complexity: 4, aliases: 3 });
    });

    it("expands a fragment each time it is spread, and inline fragments where they stand", () => {
      expect(measure(`{ actors(first: 2) { ...F ...F } } fragment F on Actor { id name }`)).toEqual({
        depth: 2,
        complexity: 9,
        aliases: 0,
      });
      expect(measure(`{ actor(id: "a") { ... on Actor { name relations(first: 1) { to { id } } } } }`)).toEqual({
        depth: 4,
        complexity: 5,
        aliases: 0,
      });
    });

    it("returns without looping on a fragment that spreads itself", () => {
      expect(measure(`{ actor(id: "a") { ...A } } fragment A on Actor { id ...A }`)).toEqual({ depth: 2, complexity: 2, aliases: 0 });
    });

    it("does not count introspection fields", () => {
      expect(measure(`{ __schema { types { name fields { name } } } actor(id: "a") { __typename id } }`)).toEqual({
        depth: 2,
        complexity: 2,
        aliases: 0,
      });
    });

    it("measures a mutation from the mutation type", () => {
      expect(measure(`mutation { retract(id: "a") { id aliases } }`)).toEqual({ depth: 2, complexity: 3, aliases: 0 });
    });
  });

  describe("costLimitsPlugin", () => {
    const limits: CostLimits = { maxDepth: 2, maxComplexity: 30, maxAliases: 1 };

    async function check(source: string): Promise<void> {
      const document = parse(source);
      const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      const listener = await costLimitsPlugin(limits).requestDidStart!({} as never);
      await listener!.didResolveOperation!({ schema, document, operation, request: { variables: {} } } as never);
    }

    it("lets an operation within every limit run", async () => {
      await expect(check(`{ a: actor(id: "a") { id } }`)).resolves.toBeUndefined();
    });

    it.each([
      ["maxDepth", `{ actor(id: "a") { relations(first: 1) { type } } }`, 2, 3],
      ["maxAliases", `{ a: actor(id: "a") { id } b: actor(id: "b") { id } }`, 1, 2],
      ["maxComplexity", `{ actors(first: 30) { id } }`, 30, 31],
    ])(
      "refuses an operation over %s with BAD_USER_INPUT, the limit and the operation's value",
      async (limitName, source, limit, actual) => {
        const refusal = check(source);
        await expect(refusal).rejects.toBeInstanceOf(CostLimitError);
        await expect(refusal).rejects.toMatchObject({
          extensions: { code: "BAD_USER_INPUT", limitName, limit, actual, http: { status: 400 } },
        });
      },
    );
  });
});
