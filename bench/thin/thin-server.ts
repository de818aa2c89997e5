import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import neo4j from "neo4j-driver";
import { type QuestionName, questions } from "../questions";
import { runRawCypher } from "../runner/raw-cypher";
import type { BenchServer, BenchServerOptions } from "../runner/server-cli";

/** The route of a question: POST it a JSON object of the question's parameters. */
export const thinPath = (name: QuestionName) => `/q/${name}`;

/** What a route answers: the driver's records as plain objects, or why there are none. */
export type ThinAnswer = { rows: Record<string, unknown>[] } | { error: string };

const cypherByPath = new Map(questions.map((q) => [thinPath(q.name), q.raw.text]));

/**
 * Way (d) of the benchmark: each question's hand-written Cypher, the very text way (a) runs (bench/questions.ts),
 * behind the thinnest HTTP endpoint a server could have: node:http, one neo4j-driver, JSON in and out, run the
 * way (a) runs it (`runRawCypher`: one auto-commit read). No framework, no schema, no checks beyond the JSON: the
 * floor for any server over HTTP, to measure what HTTP, JSON and a second process cost apart from GraphQL.
 *
 * `POST /q/<question>` with a JSON object of its parameters answers 200 `{"rows": [...]}`. An unknown route
 * answers 404, a body that is not a JSON object 400, a failed query 500, each as `{"error": "..."}`.
 * Its URL is the base the routes hang off.
 */
export async function startThinServer(options: BenchServerOptions): Promise<BenchServer> {
  // Integers as JavaScript numbers, as for way (a), so the rows are JSON as they come.
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.username, options.password), {
    disableLosslessIntegers: true,
    userAgent: "ai-policy-graph-bench-thin",
  });
  try {
    await driver.verifyConnectivity({ database: options.database });
    const answer = async (req: IncomingMessage): Promise<[number, ThinAnswer]> => {
      const text = req.method === "POST" ? cypherByPath.get(req.url ?? "") : undefined;
      if (text === undefined) {
        req.resume();
        return [
          404,
          { error: `No route ${req.method} ${req.url}; POST /q/<question>, one of: ${questions.map((q) => q.name).join(", ")}.` },
        ];
      }
      const params = parseObject(await readBody(req));
      if (params === undefined) return [400, { error: "The body must be a JSON object of the question's parameters." }];
      return [200, { rows: await runRawCypher(driver, options.database, { text, params }) }];
    };
    const server = createServer((req, res) => {
      answer(req).then(
        ([status, body]) => send(res, status, body),
        (error: unknown) => send(res, 500, { error: error instanceof Error ? error.message : String(error) }),
      );
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.port, options.host, resolve);
    });
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://${options.host}:${port}/`,
      async stop() {
        // close() ends idle kept-alive connections and waits for requests in flight.
        await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
        await driver.close();
      },
    };
  } catch (error) {
    await driver.close();
    throw error;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, status: number, body: ThinAnswer): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}
