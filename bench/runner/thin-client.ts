import { Agent } from "node:http";
import { type QuestionName, questions } from "../questions";
import { type ThinAnswer, thinPath } from "../thin/thin-server";
import { postJson } from "./post-json";

/** Asks the thin endpoint (bench/thin/) over kept-alive connections, as GraphqlClient asks the GraphQL servers. */
export class ThinClient {
  private readonly agent: Agent;
  private readonly urls: Readonly<Record<QuestionName, URL>>;

  constructor(base: string, maxSockets: number) {
    this.agent = new Agent({ keepAlive: true, maxSockets });
    this.urls = Object.fromEntries(questions.map((q) => [q.name, new URL(thinPath(q.name), base)])) as Record<QuestionName, URL>;
  }

  /** The question's rows; throws when the answer is not a 200. */
  async ask(name: QuestionName, params: Record<string, unknown>): Promise<Record<string, unknown>[]> {
    const { status, answer } = await postJson(this.agent, this.urls[name], params);
    const body = answer as ThinAnswer;
    if (status !== 200 || !("rows" in body)) throw new Error(`HTTP ${status}: ${"error" in body ? body.error : JSON.stringify(body)}`);
    return body.rows;
  }

  close(): void {
    this.agent.destroy();
  }
}
