import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";

/** The committed text of the schema: sorted, so that moving code around does not change the file. */
export function printSchemaFile(schema: GraphQLSchema): string {
  return `# Generated from the TypeScript code by \`npm run schema:emit\`; do not edit. \`npm run schema:check\` fails when it drifts.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
