import { serveFromEnv } from "../runner/server-cli";
import { startPeerServer } from "./peer-server";

/**
 * The peer server as a process, for the benchmark runner: `node dist/bench/peer/peer-cli.js`. Environment, output
 * (`PEER_READY <url>`) and signals: see `serveFromEnv`.
 */
serveFromEnv("PEER_READY", startPeerServer);
