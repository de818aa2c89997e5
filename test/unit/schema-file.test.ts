import { readFileSync } from "node:fs";
import { buildApiSchema, schemaFile } from "../../src/graphql/build-schema";
import { printSchemaFile } from "../../src/graphql/print-schema";

describe("schema/schema.graphql", () => {
  it("matches the schema the code builds (run `npm run schema:emit` after changing the API)", async () => {
    expect(readFileSync(schemaFile, "utf8")).toBe(printSchemaFile(await buildApiSchema([])));
  });

  it("gives every type and field a description, root types aside", async () => {
    const schema = await buildApiSchema([]);
    const missing = Object.values(schema.getTypeMap())
      .filter((type) => !type.name.startsWith("__") && !["String", "Boolean", "ID", "Int", "Float"].includes(type.name))
      .flatMap((type) => {
        const own = type.description || type.name === "Query" || type.name === "Mutation" ? [] : [type.name];
        const fields = "getFields" in type ? Object.values(type.getFields()).filter((f) => !f.description).map((f) => `${type.name}.${f.name}`) : [];
        return [...own, ...fields];
      });
    expect(missing).toEqual([]);
  });
});
