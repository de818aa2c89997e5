import { Agent } from "node:http";
import { postJson } from "./post-json";

/** POSTs GraphQL operations to one endpoint over kept-alive connections, as a notebook or a web backend would. */
export class GraphqlClient {
  private readonly agent: Agent;
  private readonly url: URL;

  constructor(endpoint: string, maxSockets: number) {
    this.url = new URL(endpoint);
    this.agent = new Agent({ keepAlive: true, maxSockets });
  }

  /** The operation's `data`; throws when the answer has errors or is not a 200. */
  async execute(query: string, variables: Record<string, unknown>): Promise<any> {
    const { status, answer } = await postJson(
      this.agent,
      this.url,
      { query, variables },
      "application/graphql-response+json, application/json",
    );
    const { data, errors } = answer as { data?: unknown; errors?: { message: string }[] };
    if (status !== 200 || errors?.length)
      throw new Error(`HTTP ${status}: ${errors?.map((e) => e.message).join("; ") ?? JSON.stringify(answer).slice(0, 200)}`);
    return data;
  }

  close(): void {
    this.agent.destroy();
  }
}
