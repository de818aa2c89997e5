import { readFileSync } from "node:fs";
import { isEnumType, isInputObjectType, isObjectType, isInterfaceType } from "graphql";
import { buildApiSchema, schemaFile } from "../../src/graphql/build-schema";
import { printSchemaFile } from "../../src/graphql/print-schema";

describe("schema/schema.graphql", () => {
  it("matches the schema the code builds (run `npm run schema:emit` after changing the API)", async () => {
    expect(readFileSync(schemaFile, "utf8")).toBe(printSchemaFile(await buildApiSchema([])));
  });

  it("gives every type, field, argument and enum value a description, root types aside, since the playground shows them", async () => {
    const schema = await buildApiSchema([]);
    const missing = Object.values(schema.getTypeMap())
      .filter((type) => !type.name.startsWith("__") && !["String", "Boolean", "ID", "Int", "Float"].includes(type.name))
      .flatMap((type) => {
        const own = type.description || type.name === "Query" || type.name === "Mutation" ? [] : [type.name];
        const fields =
          isObjectType(type) || isInterfaceType(type)
            ? Object.values(type.getFields()).flatMap((f) => [
                ...(f.description ? [] : [`${type.name}.${f.name}`]),
                ...f.args.filter((a) => !a.description).map((a) => `${type.name}.${f.name}(${a.name})`),
              ])
            : isInputObjectType(type)
              ? Object.values(type.getFields())
                  .filter((f) => !f.description)
                  .map((f) => `${type.name}.${f.name}`)
              : [];
        const values = isEnumType(type)
          ? type
              .getValues()
              .filter((v) => !v.description)
              .map((v) => `${type.name}.${v.name}`)
          : [];
        return [...own, ...fields, ...values];
      });
    expect(missing).toEqual([]);
  });
});
