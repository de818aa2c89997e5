import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { buildApiSchema } from "../../src/graphql/build-schema";
import { actorStatement } from "../../src/query-compiler/selection-compiler";
import type { SelectionContext } from "../../src/query-compiler/selection";

let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildApiSchema([]);
});

/** The statement and parameters `actor(id)` compiles to for an operation whose root field is `actor`. */
function compileActorQuery(operation: string, variables: Record<string, unknown> = {}) {
  const document = parse(operation);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  const root = (document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode).selectionSet
    .selections[0] as FieldNode;
  const context: SelectionContext = { schema, fragments, variables };
  return actorStatement(context, "openai", [root]).statement.build();
}

describe("query compiler", () => {
  describe("actorStatement", () => {
    it("returns one statement with a subquery per relation field and level, projecting only the fields asked", () => {
      const { cypher, params } = compileActorQuery(`{ actor(id: "openai") { name funders(first: 2) { edges { node { amountUsd from {
        name board(first: 3) { totalCount edges { node { role } } } } } } } } }`);
      expect(cypher).toMatchInlineSnapshot(`
"OPTIONAL MATCH (this0:MergedActor { id: $param0 })
MATCH (this1:Actor)
WHERE this1.id = coalesce(this0.mergedInto, $param0)
CALL (this1) {
  MATCH (this1)<-[this2:FUNDS]-(this3:Actor)
  WHERE ((NULL IS NULL OR ((this2.validFrom IS NULL OR this2.validFrom <= NULL) AND (this2.validTo IS NULL OR (this2.validTo + '~') >= NULL))) AND ((NULL IS NULL OR (this2.recordedAt <= datetime(NULL) AND (this2.retractedAt IS NULL OR this2.retractedAt > datetime(NULL) OR $param1))) AND ($param1 OR this2.retractedAt IS NULL OR (NULL IS NOT NULL AND this2.retractedAt > datetime(NULL)))))
  WITH this2
  ORDER BY coalesce(this2.validFrom, '') DESC, this2.id ASC
  SKIP $param2
  LIMIT $param3
  WITH this2, startNode(this2) AS this4, endNode(this2) AS this5
  CALL (this4) {
    MATCH (this4)<-[this6:BOARD_MEMBER_OF]-(this7:Actor)
    WHERE ((NULL IS NULL OR ((this6.validFrom IS NULL OR this6.validFrom <= NULL) AND (this6.validTo IS NULL OR (this6.validTo + '~') >= NULL))) AND ((NULL IS NULL OR (this6.recordedAt <= datetime(NULL) AND (this6.retractedAt IS NULL OR this6.retractedAt > datetime(NULL) OR $param4))) AND ($param4 OR this6.retractedAt IS NULL OR (NULL IS NOT NULL AND this6.retractedAt > datetime(NULL)))))
    WITH this6
    ORDER BY coalesce(this6.validFrom, '') DESC, this6.id ASC
    RETURN collect(this6) AS var8
  }
  CALL (var8) {
    UNWIND var8 AS var9
    WITH var9
    
    SKIP $param5
    LIMIT $param6
    WITH var9, startNode(var9) AS this10, endNode(var9) AS this11
    RETURN collect(var9 { .id, .role }) AS var12
  }
  RETURN collect(this2 { .id, .amountUsd, f0: this4 { .id, .name, f0: {rows: var12, total: size(var8)} } }) AS var13
}
RETURN this1 { .id, .name, f0: {rows: var13} } AS actor"
`);
      expect(params).toMatchObject({ param0: "openai", param1: false, param4: false });
      expect([params.param2, params.param3, params.param5, params.param6].map(Number)).toEqual([0, 3, 0, 4]);
    });

    it("returns the arguments as parameters and the relation types from the fixed list", () => {
      const { cypher, params } = compileActorQuery(
        `query ($day: Date) { actor(id: "openai") { relations(type: [OWNS, FUNDS], direction: OUTGOING, asOf: $day) { totalCount } } }`,
        { day: "2024-01-01" },
      );
      expect(cypher).toContain("MATCH (this1)-[this2:(OWNS|FUNDS)]->(this3:Actor)");
      expect(cypher).toContain("this2.validFrom <= $param1");
      expect(params.param1).toBe("2024-01-01");
      // totalCount alone: no page is read.
      expect(cypher).not.toContain("collect(");
    });

    it("compiles fields through fragments and @include/@skip as the request's variables decide", () => {
      const operation = `query ($withBoard: Boolean!) { actor(id: "openai") { ...F board @include(if: $withBoard) { totalCount } } }
        fragment F on Actor { kind investees @skip(if: true) { totalCount } }`;
      const withBoard = compileActorQuery(operation, { withBoard: true }).cypher;
      expect(withBoard).toContain("BOARD_MEMBER_OF");
      expect(withBoard).not.toContain("]->");
      expect(withBoard).toContain("RETURN this1 { .id, .kind, f0:");
      expect(compileActorQuery(operation, { withBoard: false }).cypher).not.toContain("BOARD_MEMBER_OF");
    });

    it("leaves a relation field with bad arguments to its resolver, which reports them", () => {
      expect(compileActorQuery(`{ actor(id: "openai") { funders(first: 0) { totalCount } } }`).cypher).not.toContain("FUNDS");
    });
  });
});
