import { createScratchRoot } from "./scratch-dir";

/** The unit project's global setup: only the run's scratch folder. Unit tests need no Neo4j and no build. */
export default function scratchSetup(): void {
  createScratchRoot();
}
