import { type Agent, request } from "node:http";

/**
 * POSTs a JSON body over the agent's kept-alive connections and parses the JSON answer, whatever its status.
 * Node's own http module, not fetch: its per-request cost is lower, and the same for every server measured.
 * Rejects when the connection fails or the answer is not JSON.
 */
export function postJson(agent: Agent, url: URL, body: unknown, accept = "application/json"): Promise<{ status: number; answer: unknown }> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json", accept, "content-length": Buffer.byteLength(text) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const answer = Buffer.concat(chunks).toString("utf8");
          try {
            resolve({ status: res.statusCode ?? 0, answer: JSON.parse(answer) });
          } catch {
            reject(new Error(`HTTP ${res.statusCode}: not JSON: ${answer.slice(0, 200)}`));
          }
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(text);
  });
}
