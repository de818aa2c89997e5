// The graph in process, with no HTTP server: run `npm run build` once, then
//   node examples/in-process.mjs                       # starts the local Neo4j, as `npm start` does (stop that first)
//   NEO4J_URI=bolt://127.0.0.1:7687 node examples/in-process.mjs   # or read a Neo4j that is already running
// It prints the largest fundings of OpenAI, who controls the money by regime, and what an error looks like.
import { openGraph } from "ai-policy-graph";

const graph = await openGraph();
try {
  const { data } = await graph.execute(
    `query Funders($recipient: ID!, $min: Float) {
      fundings(filter: { recipient: $recipient, minAmountUsd: $min }, first: 5) {
        totalCount totalUsd
        edges { node { funder { name } amountUsd date round sources { source { url } } } }
      }
    }`,
    { recipient: "openai", min: 1e9 },
  );
  const { totalCount, totalUsd, edges } = data.fundings;
  console.log(`OpenAI: ${totalCount} fundings of $1bn or more, $${(totalUsd / 1e9).toFixed(1)}bn in all; the latest five:`);
  for (const { node } of edges) {
    const amount = `$${(node.amountUsd / 1e9).toFixed(2)}bn`.padStart(9);
    console.log(`  ${node.date.padEnd(10)}  ${node.funder.name.padEnd(24)}  ${amount}  ${node.sources[0]?.source.url ?? ""}`);
  }

  const regimes = await graph.execute(
    `{ fundingByRegime(recipient: "openai") { regime fundingCount undisclosedCount totalUsd states { name } } }`,
  );
  console.log("By the regime of the state that controls the funder:");
  for (const group of regimes.data.fundingByRegime) {
    const money = `$${(group.totalUsd / 1e9).toFixed(2)}bn disclosed, ${group.undisclosedCount} undisclosed`;
    const states = group.states.map((s) => s.name).join(", ");
    console.log(
      `  ${String(group.regime ?? "no state").padEnd(18)} ${String(group.fundingCount).padStart(3)} fundings  ${money}${states ? `  (${states})` : ""}`,
    );
  }

  // Errors come back as over HTTP: a code, and the argument to fix.
  const bad = await graph.execute(`{ fundings(asOf: "2024-02-30") { totalCount } }`);
  console.log(`A bad day: ${bad.errors[0].extensions.code} on ${bad.errors[0].extensions.field}`);
} finally {
  await graph.close();
}
