// First: bench/questions.ts loads the server's pagination types, which type-graphql decorates.
import "reflect-metadata";
import { serveFromEnv } from "../runner/server-cli";
import { startThinServer } from "./thin-server";

/**
 * The thin endpoint as a process, for the benchmark runner: `node dist/bench/thin/thin-cli.js`. Environment, output
 * (`THIN_READY <url>`) and signals: see `serveFromEnv`.
 */
serveFromEnv("THIN_READY", startThinServer);
