/**
 * The peer's type definitions: the graph as the seeder stores it (see seeds/README.md and cypher/seed/), written
 * for the Neo4j GraphQL Library 7 the way its documentation teaches, so the Library generates the API (list and
 * connection fields, `where`, `sort`, cursor paging, relationship properties as `edges.properties`).
 *
 * Two questions have no generated form: the Library walks only the relationships a type declares, one field at a
 * time, so it has no shortest path and no "every relation among the neighbours". For those a Library user writes
 * Cypher in a `@cypher` Query field; the two below compute what the benchmark's hand-written Cypher computes
 * (bench/questions.ts `raw`), in the shape of this project's `connections` and `neighborhood` fields.
 *
 * A string rather than a .graphql file: the path bounds are the benchmark's constants, and Cypher takes the
 * bounds of a variable-length pattern and SHORTEST's count only as literals, so they are written into the text.
 */

/**
 * The path question's bounds: bench/questions.ts PATH_COUNT and PATH_MAX_HOPS (test/integration/bench-peer.int.test.ts
 * checks they are equal). Not imported from there: questions.ts loads this project's type-graphql classes, which
 * would then weigh on the peer process's memory.
 */
export const PEER_PATH_COUNT = 5;
export const PEER_PATH_MAX_HOPS = 3;

export const peerTypeDefs = /* GraphQL */ `
  # Read-only, as the benchmark's other two ways are: no generated create/update/delete mutations.
  extend schema @mutation(operations: [])

  """An actor of the graph: a person, company, investor, state or other body (label Actor)."""
  type Actor @node(labels: ["Actor"]) {
    """The stable slug id, e.g. openai."""
    id: ID!
    """person, company, investor, state, government_body, international_body, media, team or group."""
    kind: String!
    name: String!
    """ISO 3166 alpha-2 country code, when known."""
    country: String
    description: String
    """Who funds this actor (incoming FUNDS)."""
    funders: [Actor!]! @relationship(type: "FUNDS", direction: IN, properties: "Funding")
    """Whom this actor funds (outgoing FUNDS)."""
    investees: [Actor!]! @relationship(type: "FUNDS", direction: OUT, properties: "Funding")
    """Who sits on this actor's board (incoming BOARD_MEMBER_OF)."""
    board: [Actor!]! @relationship(type: "BOARD_MEMBER_OF", direction: IN, properties: "BoardSeat")
    """The boards this actor sits on (outgoing BOARD_MEMBER_OF)."""
    boardSeats: [Actor!]! @relationship(type: "BOARD_MEMBER_OF", direction: OUT, properties: "BoardSeat")
    """Who holds a stake in this actor (incoming OWNS)."""
    owners: [Actor!]! @relationship(type: "OWNS", direction: IN, properties: "Stake")
    """What this actor holds a stake in (outgoing OWNS)."""
    holdings: [Actor!]! @relationship(type: "OWNS", direction: OUT, properties: "Stake")
    """Who has the final say over this actor (incoming CONTROLS)."""
    controllers: [Actor!]! @relationship(type: "CONTROLS", direction: IN, properties: "Control")
    """What this actor has the final say over (outgoing CONTROLS)."""
    controls: [Actor!]! @relationship(type: "CONTROLS", direction: OUT, properties: "Control")
  }

  """A cited document (label Source)."""
  type Source @node(labels: ["Source"]) {
    id: ID!
    url: String!
    title: String
    publisher: String
    """Publication date, a partial date YYYY[-MM[-DD]]."""
    published: String
    language: String
  }

  # Dates are the seeder's partial-date strings (YYYY, YYYY-MM or YYYY-MM-DD), which sort as text; the server
  # enables String gte/lte filters (features.filters.String) so that date ranges can be filtered.

  """A FUNDS relationship: money given or invested."""
  type Funding @relationshipProperties {
    id: ID!
    validFrom: String
    validTo: String
    amount: Float
    currency: String
    amountUsd: Float
    round: String
    instrument: String
    confidence: String!
  }

  """A BOARD_MEMBER_OF relationship: a seat on a governing board; role is voting, observer or chair."""
  type BoardSeat @relationshipProperties {
    id: ID!
    role: String
    validFrom: String
    validTo: String
    confidence: String!
  }

  """An OWNS relationship: a stake held; stake is the fraction (0.49 for 49 %)."""
  type Stake @relationshipProperties {
    id: ID!
    stake: Float
    validFrom: String
    validTo: String
    confidence: String!
  }

  """A CONTROLS relationship: the final say over an actor."""
  type Control @relationshipProperties {
    id: ID!
    role: String
    validFrom: String
    validTo: String
    confidence: String!
  }

  """An actor as a @cypher field returns it: the fields its statement projects."""
  type ActorSummary {
    id: ID!
    name: String!
    kind: String!
  }

  """A relation of any type as a @cypher field returns it."""
  type RelationSummary {
    id: ID!
    """The relationship type, e.g. FUNDS."""
    type: String!
    from: ActorRef!
    to: ActorRef!
  }

  type ActorRef {
    id: ID!
  }

  """One step of a path: the relation walked, FORWARD (as it points) or BACKWARD."""
  type PathHop {
    direction: String!
    relation: RelationSummary!
  }

  """A path between two actors: the actors along it and the relations between them."""
  type ActorPath {
    """Number of relations."""
    length: Int!
    actors: [ActorSummary!]!
    hops: [PathHop!]!
  }

  type NeighbourhoodNode {
    """0 for the centre, 1 for its neighbours."""
    distance: Int!
    actor: ActorSummary!
  }

  type NeighbourhoodEdge {
    node: RelationSummary!
  }

  """The relations among an actor and its neighbours, a page of them, with the totals."""
  type Neighbourhood {
    """Relations among the centre and its neighbours, in all."""
    totalCount: Int!
    """The centre and its distinct neighbours."""
    totalNodes: Int!
    """The centre, then the other ends of the page's relations by id."""
    nodes: [NeighbourhoodNode!]!
    """The page: the first relations by id."""
    edges: [NeighbourhoodEdge!]!
  }

  type Query {
    """
    The ${PEER_PATH_COUNT} shortest paths of at most ${PEER_PATH_MAX_HOPS} relations of any type, walked either way, between two
    actors, shortest first.
    """
    shortestPaths(from: ID!, to: ID!): [ActorPath!]!
      @cypher(
        statement: """
        MATCH p = SHORTEST ${PEER_PATH_COUNT} (:Actor {id: $from})-[*1..${PEER_PATH_MAX_HOPS}]-(:Actor {id: $to})
        WITH p, nodes(p) AS actors, relationships(p) AS relations
        ORDER BY length(p)
        RETURN {
          length: length(p),
          actors: [a IN actors | a {.id, .name, .kind}],
          hops: [i IN range(0, size(relations) - 1) | {
            direction: CASE WHEN startNode(relations[i]) = actors[i] THEN 'FORWARD' ELSE 'BACKWARD' END,
            relation: {id: relations[i].id, type: type(relations[i]), from: {id: startNode(relations[i]).id}, to: {id: endNode(relations[i]).id}}
          }]
        } AS path
        """
        columnName: "path"
      )

    """
    Every relation among an actor and the actors one relation away from it (either way, any type): the first
    \`first\` by relation id, with how many there are and how many actors they join.
    """
    neighbourhood(id: ID!, first: Int! = 100): Neighbourhood
      @cypher(
        statement: """
        MATCH (centre:Actor {id: $id})
        CALL (centre) {
          MATCH (centre)-[]-(n:Actor)
          WITH centre, collect(DISTINCT n) AS neighbours
          RETURN [centre] + neighbours AS reached
        }
        // Each relation among the reached actors is met once, from its start node.
        CALL (reached) {
          UNWIND reached AS a
          MATCH (a)-[r]->(b:Actor)
          WHERE b IN reached
          WITH r ORDER BY r.id
          RETURN collect(r) AS relations
        }
        WITH centre, reached, relations, relations[0..$first] AS page
        CALL (centre, page) {
          UNWIND page AS r
          UNWIND [startNode(r), endNode(r)] AS end
          WITH DISTINCT end WHERE end <> centre
          ORDER BY end.id
          RETURN collect(end) AS ring
        }
        RETURN {
          totalCount: size(relations),
          totalNodes: size(reached),
          nodes: [{distance: 0, actor: centre {.id, .name, .kind}}] + [a IN ring | {distance: 1, actor: a {.id, .name, .kind}}],
          edges: [r IN page | {node: {id: r.id, type: type(r), from: {id: startNode(r).id}, to: {id: endNode(r).id}}}]
        } AS neighbourhood
        """
        columnName: "neighbourhood"
      )
  }
`;
