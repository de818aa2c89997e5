// The playground: GraphiQL 4 (CodeMirror 5, React 19), bundled from node_modules by web/build.mjs, so it runs
// with no internet: no CDN, no web fonts from outside (GraphiQL's fonts are inlined in its CSS), no telemetry.
// GraphiQL 5 would bring Monaco and its web workers; version 4 needs no worker and bundles into one script.
import { useEditorContext, usePluginStore, type GraphiQLPlugin } from "@graphiql/react";
import { GraphiQL, type GraphiQLProps } from "graphiql";
import "graphiql/style.css";
import { Kind, parse, print, type DefinitionNode } from "graphql";
import { useEffect, useRef } from "react";
import { createRoot } from "react-dom/client";
import examples from "./examples.generated.json";
import "./playground.css";

/** One saved operation, from the README's researcher guide (see src/playground/readme-examples.ts). */
interface Example {
  title: string;
  description: string;
  query: string;
}

/** Where GraphQL answers: the same server, whichever of /playground or /graphql served this page. */
const GRAPHQL_PATH = "/graphql";

/**
 * POSTs each operation as application/json, which the server's CSRF prevention accepts (a GET would need the
 * apollo-require-preflight header). It asks for application/graphql-response+json, so a document that fails
 * to validate answers 400 with its errors, which GraphiQL shows as it shows any result.
 */
const fetcher: GraphiQLProps["fetcher"] = async (params, options) => {
  const response = await fetch(GRAPHQL_PATH, {
    method: "POST",
    headers: {
      ...options?.headers,
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
    },
    body: JSON.stringify(params),
  });
  return response.json();
};

/**
 * The text an example opens with: its question and explanation as comments (the editor wraps long lines), then
 * the operation laid out one field a line (the README packs it into a few wide lines for reading on a page).
 */
function exampleText(example: Example): string {
  const comment = [example.title, example.description]
    .filter(Boolean)
    .map((line) => `# ${line}\n`)
    .join("");
  const document = parse(example.query);
  return `${comment}${print({ ...document, definitions: document.definitions.map(nameOperation) })}\n`;
}

/**
 * Names an anonymous operation after its root fields ("{ funders … }" becomes "query Funders"; aliases win, so
 * "{ before: actor … after: actor … }" becomes "query BeforeAfter"): GraphiQL titles a tab and a history entry
 * by the operation's name, and the README's examples have none.
 */
function nameOperation(definition: DefinitionNode): DefinitionNode {
  if (definition.kind !== Kind.OPERATION_DEFINITION || definition.name) return definition;
  const keys = definition.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [(s.alias ?? s.name).value] : []));
  const value = [...new Set(keys)].map((key) => key.charAt(0).toUpperCase() + key.slice(1)).join("");
  return value ? { ...definition, name: { kind: Kind.NAME, value } } : definition;
}

const EXAMPLES: readonly Example[] = examples;
const EXAMPLE_TEXTS = new Set(EXAMPLES.map(exampleText));

/**
 * The list of saved operations. Choosing one replaces the active tab when it holds nothing of the user's own (it
 * is empty or shows an example as it was), and opens a new tab otherwise, so no edited operation is lost.
 */
function ExamplesPanel() {
  const { queryEditor, responseEditor, addTab, activeTabIndex, tabs } = useEditorContext({ nonNull: true });
  // addTab fills the new tab with the default query once React has rendered it; the example is set after that.
  const pending = useRef<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect must run when a tab is added or chosen, which these name.
  useEffect(() => {
    if (pending.current !== null && queryEditor) {
      queryEditor.setValue(pending.current);
      pending.current = null;
    }
  }, [activeTabIndex, tabs.length, queryEditor]);

  const open = (example: Example) => {
    const text = exampleText(example);
    const current = queryEditor?.getValue().trim() ?? "";
    if (current === "" || EXAMPLE_TEXTS.has(`${current}\n`)) {
      queryEditor?.setValue(text);
      responseEditor?.setValue("");
    } else {
      pending.current = text;
      addTab();
    }
  };

  return (
    <div className="playground-examples">
      <div className="graphiql-doc-explorer-title">Examples</div>
      <p className="playground-examples-intro">
        The questions of the README&apos;s researcher guide, each answered by a tested query. Choose one, then run it with the ▶ button or
        Ctrl-Enter. The Docs panel describes every type, field and argument.
      </p>
      <ul>
        {EXAMPLES.map((example) => (
          <li key={example.title}>
            <button type="button" className="playground-example" onClick={() => open(example)}>
              <span className="playground-example-title">{example.title}</span>
              {example.description && <span className="playground-example-description">{example.description}</span>}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ExamplesIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <path d="M4 5.5h16M4 12h16M4 18.5h10" strokeLinecap="round" />
    </svg>
  );
}

const examplesPlugin: GraphiQLPlugin = { title: "Examples", icon: ExamplesIcon, content: ExamplesPanel };

/**
 * What the page sets up once GraphiQL is there. It opens the Examples panel: GraphiQL 4's `visiblePlugin` prop
 * marks a plugin visible but leaves its pane collapsed (the pane reads its first state before the prop is
 * applied), so this clicks the panel's sidebar button instead, which opens both. And it wraps long lines in the
 * query editor, so an example's explanation stays readable however narrow the editor is.
 */
function PlaygroundSetup() {
  // The sidebar's buttons appear once GraphiQL has registered the plugins, a render after the first.
  const registered = usePluginStore((state) => state.plugins.includes(examplesPlugin));
  const { queryEditor } = useEditorContext({ nonNull: true });
  const opened = useRef(false);
  useEffect(() => {
    if (!registered || opened.current) return;
    opened.current = true;
    document.querySelector<HTMLButtonElement>(`.graphiql-sidebar button[aria-label="Show ${examplesPlugin.title}"]`)?.click();
  }, [registered]);
  useEffect(() => queryEditor?.setOption("lineWrapping", true), [queryEditor]);
  return null;
}

createRoot(document.getElementById("playground")!).render(
  <GraphiQL
    fetcher={fetcher}
    plugins={[examplesPlugin]}
    defaultTabs={EXAMPLES.length ? [{ query: exampleText(EXAMPLES[0]!) }] : undefined}
    defaultEditorToolsVisibility={false}
  >
    <GraphiQL.Logo>
      ai-policy-graph
      <PlaygroundSetup />
    </GraphiQL.Logo>
  </GraphiQL>,
);
