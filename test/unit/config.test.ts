import { ConfigError, loadConfig } from "../../src/config";

describe("config", () => {
  describe("loadConfig", () => {
    it("returns the local Neo4j target with defaults when NEO4J_URI is unset", () => {
      const config = loadConfig({});
      expect(config.port).toBe(4000);
      expect(config.neo4j).toMatchObject({ kind: "local", boltPort: 7687, heap: "2g", pageCache: "512m", database: "neo4j" });
    });

    it("returns the external target when NEO4J_URI is set", () => {
      const config = loadConfig({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io", NEO4J_PASSWORD: "secret", NEO4J_DATABASE: "graph" });
      expect(config.neo4j).toEqual({
        kind: "external",
        uri: "neo4j+s://abc.databases.neo4j.io",
        username: "neo4j",
        password: "secret",
        database: "graph",
      });
    });

    it("returns the query compiler on unless QUERY_COMPILER is false", () => {
      expect(loadConfig({}).queryCompiler).toBe(true);
      expect(loadConfig({ QUERY_COMPILER: "false" }).queryCompiler).toBe(false);
      expect(() => loadConfig({ QUERY_COMPILER: "off" })).toThrow(/Set QUERY_COMPILER to true or false/);
    });

    it("throws a sentence naming the variable when a value is invalid", () => {
      expect(() => loadConfig({ PORT: "http" })).toThrow(ConfigError);
      expect(() => loadConfig({ PORT: "http" })).toThrow(/Set PORT to a whole number/);
      expect(() => loadConfig({ NEO4J_URI: "http://localhost:7474" })).toThrow(/NEO4J_URI=.*bolt:\/\//);
      expect(() => loadConfig({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io" })).toThrow(/Set NEO4J_PASSWORD/);
      expect(() => loadConfig({ NEO4J_LOCAL_HEAP: "lots" })).toThrow(/NEO4J_LOCAL_HEAP/);
    });
  });
});
