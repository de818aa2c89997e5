import { startApp, type RunningApp } from "../../src/app";
import { hashKey } from "../../src/auth/api-keys";
import { seed } from "../../src/seed/seeder";
import type { GraphqlBody } from "../support/graphql-client";
import { seedFixture } from "../support/seed-fixture";
import { seedFolder, silentLogger, testConfig, uniquePrefix } from "../support/test-database";

const p = uniquePrefix();
const keys = { reader: `${p}reader-key`, editor: `${p}editor-key`, admin: `${p}admin-key` };
let app: RunningApp;

/** Posts an operation with the given key (as a Bearer token) or none. */
async function post(
  query: string,
  variables: Record<string, unknown> = {},
  key?: string,
  header: "bearer" | "x-api-key" = "bearer",
): Promise<{ status: number; body: GraphqlBody & { data?: any } }> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (key !== undefined) headers[header === "bearer" ? "authorization" : "x-api-key"] = header === "bearer" ? `Bearer ${key}` : key;
  const response = await fetch(app.graphqlUrl, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: (await response.json()) as GraphqlBody };
}

/** Runs an operation that must succeed and returns its data. */
async function ok(query: string, variables: Record<string, unknown> = {}, key: string = keys.editor): Promise<any> {
  const { body } = await post(query, variables, key);
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const read = <Row>(text: string, params: Record<string, unknown> = {}) =>
  app.executor.run<Row>("READ", { name: "test/read", text }, { p, ...params });

const UPSERT_ACTOR = `mutation($input: ActorInput!) { upsertActor(input: $input) { id name kind country } }`;
const ADD_SOURCE = `mutation($input: SourceInput!) { addSource(input: $input) { id url title } }`;
const UPSERT_RELATION = `mutation($input: RelationInput!) { upsertRelation(input: $input) {
  id type from { id } to { id } amountUsd confidence recordedAt retractedAt sources { quote source { id } } } }`;
const RETRACT = `mutation($id: ID!, $reason: String!) { retractRelation(id: $id, reason: $reason) { id retractedAt retractedBy retractionReason } }`;
const MERGE = `mutation($keep: ID!, $remove: ID!) { mergeActors(keep: $keep, remove: $remove) { id name } }`;
const HISTORY = `query($entity: ID!) { history(entity: $entity, first: 100) { totalCount edges { node { id at by action entityKind entityId before after reason } } } }`;

const actor = (name: string, kind = "COMPANY") => ({ id: `${p}${name}`, kind, name: `Test ${name}`, country: "US" });
const relation = (id: string, from: string, to: string, extra: Record<string, unknown> = {}) => ({
  id: `${p}${id}`,
  type: "FUNDS",
  from: `${p}${from}`,
  to: `${p}${to}`,
  validFrom: "2024-05",
  amount: 1000,
  currency: "USD",
  amountUsd: 1000,
  amountKind: "paid",
  confidence: "reported",
  source: `${p}src`,
  quote: "They invested, the test says.",
  ...extra,
});

beforeAll(async () => {
  app = await startApp(
    testConfig({
      seedOnStart: "false",
      apiKeys: [
        { name: `${p}reader`, role: "reader", hash: hashKey(keys.reader) },
        { name: `${p}editor`, role: "editor", hash: hashKey(keys.editor) },
        { name: `${p}admin`, role: "admin", hash: hashKey(keys.admin) },
      ],
    }),
    silentLogger,
  );
  await ok(ADD_SOURCE, { input: { id: `${p}src`, url: "https://example.org/curation-test", title: "A test source", language: "en" } });
  for (const name of ["alpha", "beta", "gamma", "dup"])
    await ok(UPSERT_ACTOR, { input: actor(name, name === "gamma" ? "INVESTOR" : "COMPANY") });
});

afterAll(async () => {
  await app.executor.run(
    "WRITE",
    {
      name: "test/cleanup",
      text: `MATCH (n) WHERE n.id STARTS WITH $p OR n.dataset = $p OR n.entityId STARTS WITH $p OR n.fact STARTS WITH $p DETACH DELETE n`,
    },
    { p },
  );
  await app.stop();
});

describe("curation", () => {
  describe("keys and roles", () => {
    it("refuses a mutation without a key with UNAUTHENTICATED", async () => {
      const { status, body } = await post(UPSERT_ACTOR, { input: actor("nokey") });
      expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions).not.toHaveProperty("http");
      expect((await read<{ n: number }>("MATCH (a:Actor {id: $p + 'nokey'}) RETURN count(a) AS n"))[0]!.n).toBe(0);
    });

    it("refuses an unknown key with UNAUTHENTICATED, even for a read", async () => {
      const { body } = await post(`{ actor(id: "${p}alpha") { id } }`, {}, "not-a-configured-key");
      expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });

    it("refuses a reader's mutation with FORBIDDEN, naming the role needed", async () => {
      const { status, body } = await post(UPSERT_ACTOR, { input: actor("byreader") }, keys.reader);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", required: "editor" });
      expect(status).toBe(403);
    });

    it("refuses an editor's merge with FORBIDDEN: only admins merge", async () => {
      const { body } = await post(MERGE, { keep: `${p}alpha`, remove: `${p}dup` }, keys.editor);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", required: "admin" });
      expect((await ok(`{ actor(id: "${p}dup") { id } }`)).actor.id).toBe(`${p}dup`);
    });

    it("accepts the key in x-api-key as well as in Authorization", async () => {
      const { body } = await post(UPSERT_ACTOR, { input: actor("viaheader") }, keys.editor, "x-api-key");
      expect(body.errors).toBeUndefined();
      expect(body.data.upsertActor.id).toBe(`${p}viaheader`);
    });

    it("keeps reads public by default", async () => {
      const { body } = await post(`{ actor(id: "${p}alpha") { id } }`);
      expect(body.data.actor.id).toBe(`${p}alpha`);
    });
  });

  describe("upsertActor", () => {
    it("creates, then updates, recording both changes with the values before and after", async () => {
      await ok(UPSERT_ACTOR, { input: actor("delta") });
      const updated = await ok(UPSERT_ACTOR, { input: { ...actor("delta"), name: "Delta Renamed" } });
      expect(updated.upsertActor).toMatchObject({ id: `${p}delta`, name: "Delta Renamed", kind: "COMPANY" });
      const history = (await ok(HISTORY, { entity: `${p}delta` })).history;
      expect(history.totalCount).toBe(2);
      const [newest, oldest] = history.edges.map((e: any) => e.node);
      expect(newest).toMatchObject({ action: "upsertActor", entityKind: "actor", by: `${p}editor` });
      expect(JSON.parse(newest.before).name).toBe("Test delta");
      expect(JSON.parse(newest.after).name).toBe("Delta Renamed");
      expect(oldest.before).toBeNull();
      expect(newest.at >= oldest.at).toBe(true);
    });

    it("shows readers that a change happened and when, but not the key that made it", async () => {
      const [asReader, asAnonymous] = await Promise.all([
        ok(HISTORY, { entity: `${p}delta` }, keys.reader),
        post(HISTORY, { entity: `${p}delta` }),
      ]);
      for (const history of [asReader.history, asAnonymous.body.data.history]) {
        expect(history.totalCount).toBe(2);
        for (const { node } of history.edges) {
          expect(node).toMatchObject({ action: "upsertActor", by: null, at: expect.any(String) });
          expect(JSON.stringify(node)).not.toContain(`${p}editor`);
        }
      }
      const asAdmin = await ok(HISTORY, { entity: `${p}delta` }, keys.admin);
      expect(asAdmin.history.edges[0].node.by).toBe(`${p}editor`);
    });

    it("makes a new actor findable by name search", async () => {
      const data = await ok(`query($t: String!) { search(text: $t) { actor { id } } }`, { t: "Test alpha" });
      expect(data.search.map((h: any) => h.actor.id)).toContain(`${p}alpha`);
    });

    it("refuses an invalid actor with BAD_USER_INPUT naming the field", async () => {
      const { body } = await post(UPSERT_ACTOR, { input: { ...actor("bad"), country: "usa" } }, keys.editor);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
      expect(body.errors?.[0]?.extensions?.field).toBe("input.country");
    });
  });

  describe("upsertRelation", () => {
    it("creates a relation with its source, readable on the actor, and records it", async () => {
      const data = await ok(UPSERT_RELATION, { input: relation("alpha-funds-beta", "gamma", "beta") });
      expect(data.upsertRelation).toMatchObject({
        id: `${p}alpha-funds-beta`,
        type: "FUNDS",
        from: { id: `${p}gamma` },
        to: { id: `${p}beta` },
        amountUsd: 1000,
        confidence: "REPORTED",
        retractedAt: null,
      });
      expect(data.upsertRelation.sources).toEqual([{ quote: "They invested, the test says.", source: { id: `${p}src` } }]);
      expect(data.upsertRelation.recordedAt).toEqual(expect.any(String));
      const funders = (await ok(`{ actor(id: "${p}beta") { funders { edges { node { id } } } } }`)).actor.funders.edges.map(
        (e: any) => e.node.id,
      );
      expect(funders).toEqual([`${p}alpha-funds-beta`]);
      const history = (await ok(HISTORY, { entity: `${p}alpha-funds-beta` })).history.edges.map((e: any) => e.node);
      expect(history[0]).toMatchObject({ action: "upsertRelation", entityKind: "relation", before: null });
      expect(JSON.parse(history[0].after)).toMatchObject({ amountUsd: 1000, source: `${p}src`, type: "FUNDS" });
    });

    it("updates the amount, keeping when it was first recorded, and records the amount before", async () => {
      const first = (await ok(UPSERT_RELATION, { input: relation("upd", "gamma", "alpha") })).upsertRelation;
      const second = (await ok(UPSERT_RELATION, { input: relation("upd", "gamma", "alpha", { amount: 2000, amountUsd: 2000 }) }))
        .upsertRelation;
      expect(second.amountUsd).toBe(2000);
      expect(second.recordedAt).toBe(first.recordedAt);
      const [newest] = (await ok(HISTORY, { entity: `${p}upd` })).history.edges.map((e: any) => e.node);
      expect(JSON.parse(newest.before).amountUsd).toBe(1000);
      expect(JSON.parse(newest.after).amountUsd).toBe(2000);
    });

    it("leaves one relation when two editors create the same new id at once", async () => {
      const input = relation("twice", "gamma", "beta");
      const answers = await Promise.all([
        post(UPSERT_RELATION, { input }, keys.editor),
        post(UPSERT_RELATION, { input: { ...input, amount: 2000, amountUsd: 2000 } }, keys.editor),
      ]);
      for (const { body } of answers) expect(body.errors).toBeUndefined();
      expect((await read<{ n: number }>("MATCH ()-[r {id: $p + 'twice'}]->() RETURN count(r) AS n"))[0]!.n).toBe(1);
      expect((await read<{ n: number }>("MATCH (c:Citation {fact: $p + 'twice'}) RETURN count(c) AS n"))[0]!.n).toBe(1);
    });

    it("refuses an amount that does not say whether it was paid, pledged or a ceiling, naming input.amountKind and writing nothing", async () => {
      const { amountKind: _k, ...unqualified } = relation("nokind", "gamma", "beta");
      const { body } = await post(UPSERT_RELATION, { input: unqualified }, keys.editor);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.amountKind" });
      expect((await read<{ n: number }>("MATCH ()-[r {id: $p + 'nokind'}]->() RETURN count(r) AS n"))[0]!.n).toBe(0);
    });

    it("refuses a relation without a source with BAD_USER_INPUT, writing nothing", async () => {
      const { source: _s, ...withoutSource } = relation("nosource", "gamma", "beta");
      const missing = await post(UPSERT_RELATION, { input: withoutSource }, keys.editor);
      expect(missing.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const empty = await post(UPSERT_RELATION, { input: { ...withoutSource, source: "" } }, keys.editor);
      expect(empty.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.source" });
      const unknown = await post(UPSERT_RELATION, { input: { ...withoutSource, source: `${p}no-such-source` } }, keys.editor);
      expect(unknown.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.source" });
      expect((await read<{ n: number }>("MATCH ()-[r {id: $p + 'nosource'}]->() RETURN count(r) AS n"))[0]!.n).toBe(0);
    });

    it("refuses an unknown relation type with BAD_USER_INPUT, with the type never reaching Cypher", async () => {
      const before = app.executor.statementCount;
      const { body } = await post(
        UPSERT_RELATION,
        { input: relation("badtype", "gamma", "beta", { type: "FUNDS]->() DETACH DELETE (n) //" }) },
        keys.editor,
      );
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.type" });
      expect(app.executor.statementCount).toBe(before);
    });

    it("refuses ends whose kinds do not fit the type", async () => {
      const { body } = await post(UPSERT_RELATION, { input: relation("badkind", "alpha", "beta", { type: "LEADS" }) }, keys.editor);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.from" });
    });
  });

  describe("retractRelation", () => {
    it("hides the relation from Actor.relations and fundings, shows it with includeRetracted, and records who, when and why", async () => {
      await ok(UPSERT_RELATION, { input: relation("retract-me", "gamma", "dup") });
      const paths = `{ connections(from: "${p}gamma", to: "${p}dup") { length } neighborhood(id: "${p}dup") { totalNodes } }`;
      expect(await ok(paths)).toEqual({ connections: [{ length: 1 }], neighborhood: { totalNodes: 2 } });
      const retracted = (await ok(RETRACT, { id: `${p}retract-me`, reason: "The source was misread." })).retractRelation;
      expect(retracted).toMatchObject({ id: `${p}retract-me`, retractedBy: `${p}editor`, retractionReason: "The source was misread." });
      expect(retracted.retractedAt).toEqual(expect.any(String));

      const ids = (c: any) => c.edges.map((e: any) => e.node.id);
      const hidden = await ok(`{ actor(id: "${p}dup") { relations { edges { node { id } } } funders { edges { node { id } } } }
        fundings(filter: {recipient: "${p}dup"}) { totalCount edges { node { id } } } }`);
      expect(ids(hidden.actor.relations)).not.toContain(`${p}retract-me`);
      expect(ids(hidden.actor.funders)).not.toContain(`${p}retract-me`);
      expect(ids(hidden.fundings)).not.toContain(`${p}retract-me`);

      const shown =
        await ok(`{ actor(id: "${p}dup") { relations(includeRetracted: true) { edges { node { id retractedAt retractionReason } } } }
        fundings(filter: {recipient: "${p}dup"}, includeRetracted: true) { edges { node { id } } } }`);
      expect(shown.actor.relations.edges.map((e: any) => e.node)).toContainEqual({
        id: `${p}retract-me`,
        retractedAt: retracted.retractedAt,
        retractionReason: "The source was misread.",
      });
      expect(ids(shown.fundings)).toContain(`${p}retract-me`);
      // The other reads that walk relations leave it out too.
      expect(await ok(paths)).toEqual({ connections: [], neighborhood: { totalNodes: 1 } });

      const [change] = (await ok(HISTORY, { entity: `${p}retract-me` })).history.edges.map((e: any) => e.node);
      expect(change).toMatchObject({
        action: "retractRelation",
        reason: "The source was misread.",
        by: `${p}editor`,
        at: retracted.retractedAt,
      });
      expect(JSON.parse(change.before).retractedAt).toBeNull();
      expect(JSON.parse(change.after).retractedAt).toBe(retracted.retractedAt);
      expect((await read<{ n: number }>("MATCH ()-[r {id: $p + 'retract-me'}]->() RETURN count(r) AS n"))[0]!.n).toBe(1);
    });

    it("answers NOT_FOUND for an unknown relation and BAD_USER_INPUT for one already retracted", async () => {
      expect((await post(RETRACT, { id: `${p}nothing`, reason: "x" }, keys.editor)).body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      await ok(UPSERT_RELATION, { input: relation("twice", "gamma", "beta") });
      await ok(RETRACT, { id: `${p}twice`, reason: "once" });
      expect((await post(RETRACT, { id: `${p}twice`, reason: "twice" }, keys.editor)).body.errors?.[0]?.extensions?.code).toBe(
        "BAD_USER_INPUT",
      );
    });
  });

  describe("knownAt", () => {
    it("shows what the graph said at an instant: before a relation was recorded, and before it was retracted", async () => {
      const created = (await ok(UPSERT_RELATION, { input: relation("bitemporal", "gamma", "alpha", { validFrom: "2020" }) }))
        .upsertRelation;
      await new Promise((r) => setTimeout(r, 20));
      const between = new Date().toISOString();
      await new Promise((r) => setTimeout(r, 20));
      await ok(RETRACT, { id: `${p}bitemporal`, reason: "bitemporal test" });
      const q = `query($k: DateTime) { actor(id: "${p}alpha") { relations(knownAt: $k) { edges { node { id } } } } fundings(filter: {recipient: "${p}alpha"}, knownAt: $k) { edges { node { id } } } }`;
      const ids = (d: any) => [d.actor.relations, d.fundings].map((c) => c.edges.map((e: any) => e.node.id));
      const beforeRecorded = new Date(Date.parse(created.recordedAt) - 1000).toISOString();
      for (const list of ids(await ok(q, { k: beforeRecorded }))) expect(list).not.toContain(`${p}bitemporal`);
      for (const list of ids(await ok(q, { k: between }))) expect(list).toContain(`${p}bitemporal`);
      for (const list of ids(await ok(q, { k: null }))) expect(list).not.toContain(`${p}bitemporal`);
    });
  });

  describe("mergeActors", () => {
    it("moves the relations to the kept actor, redirects the removed id, and records the merge", async () => {
      await ok(UPSERT_ACTOR, { input: actor("keep") });
      await ok(UPSERT_ACTOR, { input: actor("gone") });
      await ok(UPSERT_RELATION, { input: relation("into-gone", "gamma", "gone") });
      const merged = (await ok(MERGE, { keep: `${p}keep`, remove: `${p}gone` }, keys.admin)).mergeActors;
      expect(merged.id).toBe(`${p}keep`);

      const redirected = await ok(`{ actor(id: "${p}gone") { id funders { edges { node { id to { id } } } } } }`);
      expect(redirected.actor.id).toBe(`${p}keep`);
      expect(redirected.actor.funders.edges.map((e: any) => e.node)).toEqual([{ id: `${p}into-gone`, to: { id: `${p}keep` } }]);
      expect((await read<{ n: number }>("MATCH (a:Actor {id: $p + 'gone'}) RETURN count(a) AS n"))[0]!.n).toBe(0);

      const [change] = (await ok(HISTORY, { entity: `${p}keep` })).history.edges.map((e: any) => e.node);
      expect(change).toMatchObject({ action: "mergeActors", entityId: `${p}gone`, by: `${p}admin` });
      expect(JSON.parse(change.before).remove.name).toBe("Test gone");
      expect(JSON.parse(change.after)).toMatchObject({ mergedInto: `${p}keep`, relationshipsMoved: 1 });
      expect((await ok(HISTORY, { entity: `${p}gone` })).history.edges[0].node.action).toBe("mergeActors");
    });

    it("answers root fields given the removed id for the kept actor, and finds the kept actor by the removed one's name", async () => {
      const data = await ok(`{
        funders(of: "${p}gone") { edges { node { actor { id } } } }
        fundings(filter: { recipient: "${p}gone" }) { edges { node { id recipient { id } } } }
        timeline(actor: "${p}gone", first: 50) { totalCount }
        neighborhood(id: "${p}gone") { center { id } }
        search(text: "Test gone", first: 1) { actor { id aliases } } }`);
      expect(data.funders.edges.map((e: any) => e.node.actor.id)).toEqual([`${p}gamma`]);
      expect(data.fundings.edges.map((e: any) => e.node)).toEqual([{ id: `${p}into-gone`, recipient: { id: `${p}keep` } }]);
      expect(data.neighborhood.center.id).toBe(`${p}keep`);
      expect(data.search[0].actor).toEqual({ id: `${p}keep`, aliases: expect.arrayContaining(["Test gone"]) });
      const csv = await fetch(`${app.graphqlUrl.replace(/\/graphql$/, "")}/export/fundings.csv?recipient=${p}gone`);
      expect(await csv.text()).toContain(`${p}into-gone`);
    });

    it("retracts a relation between the two, which would otherwise loop on the kept actor", async () => {
      await ok(UPSERT_ACTOR, { input: actor("keep2", "INVESTOR") });
      await ok(UPSERT_ACTOR, { input: actor("gone2") });
      await ok(UPSERT_RELATION, { input: relation("loop", "keep2", "gone2") });
      await ok(MERGE, { keep: `${p}keep2`, remove: `${p}gone2` }, keys.admin);
      const [row] = await read<{ from: string; to: string; reason: string; by: string }>(
        "MATCH (a)-[r {id: $p + 'loop'}]->(b) RETURN a.id AS from, b.id AS to, r.retractionReason AS reason, r.retractedBy AS by",
      );
      expect(row).toEqual({ from: `${p}keep2`, to: `${p}keep2`, reason: `merged: both ends are now ${p}keep2`, by: `${p}admin` });
      const relations = (await ok(`{ actor(id: "${p}keep2") { relations { totalCount } } }`)).actor.relations;
      expect(relations.totalCount).toBe(0);
    });

    it("refuses to merge into an id already merged away", async () => {
      const { body } = await post(MERGE, { keep: `${p}gone`, remove: `${p}keep` }, keys.admin);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "keep" });
    });
  });

  describe("history", () => {
    it("pages newest first", async () => {
      const first = (
        await ok(
          `query($e: ID!) { history(entity: $e, first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { id at } } } }`,
          { e: `${p}delta` },
        )
      ).history;
      expect(first.totalCount).toBe(2);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (
        await ok(`query($e: ID!, $a: String) { history(entity: $e, first: 1, after: $a) { edges { node { id at } } } }`, {
          e: `${p}delta`,
          a: first.pageInfo.endCursor,
        })
      ).history;
      expect(second.edges[0].node.id).not.toBe(first.edges[0].node.id);
      expect(second.edges[0].node.at <= first.edges[0].node.at).toBe(true);
    });

    it("records a seed run, by the seeder, with the run's counts", async () => {
      const report = await seed(app.executor, { dirs: [seedFolder(seedFixture(p))], dataset: p }, silentLogger);
      const [change] = (await ok(HISTORY, { entity: p })).history.edges.map((e: any) => e.node);
      expect(change).toMatchObject({ action: "seed", by: "seeder", entityKind: "dataset", entityId: p });
      expect(JSON.parse(change.after)).toMatchObject({ dataset: p, relation: report.relation, rowsWritten: report.rowsWritten });
    });
  });
});
