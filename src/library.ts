/**
 * The package's entry point (package.json "main"): the graph in process, for scripts and JS notebooks.
 *
 *   import { openGraph } from "ai-policy-graph";
 *
 * See examples/in-process.mjs. `npm start` runs the server (src/index.ts) instead.
 */
import "reflect-metadata";

export { openGraph } from "./in-process/open-graph";
export type { Graph, GraphResult, OpenGraphOptions } from "./in-process/open-graph";
export { ConfigError } from "./config";
export { ErrorCode } from "./errors/error-code";
