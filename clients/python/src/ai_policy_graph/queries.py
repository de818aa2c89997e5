"""The GraphQL operations the client sends, one per question, written against schema/schema.graphql.
Each that lists declares `$first` and `$after` and asks for `pageInfo { hasNextPage endCursor }` and
`edges { node { ... } }`, so `Client.nodes` can follow its pages."""

from __future__ import annotations

SOURCE_URLS = "sources { source { url } }"
"""The URLs of a fact's sources: every frame keeps them, as the graph keeps them on every fact."""

FUNDINGS = f"""
query Fundings($filter: FundingFilter, $asOf: Date, $first: Int!, $after: String) {{
  fundings(filter: $filter, asOf: $asOf, first: $first, after: $after) {{
    pageInfo {{ hasNextPage endCursor }}
    edges {{ node {{
      id funder {{ id name kind }} recipient {{ id name kind }}
      amount currency amountUsd amountKind date until round instrument stake confidence
      {SOURCE_URLS}
    }} }}
  }}
}}"""

_LINKS = """
    pageInfo {{ hasNextPage endCursor }}
    edges {{ node {{
      depth chainCount actor {{ id name kind country }}
      chain {{ type from {{ id name }} to {{ id name }} relation {{ id }} {sources} }}
    }} }}"""

FUNDERS = f"""
query Funders($of: ID!, $depth: Int!, $via: [RelationType!]!, $asOf: Date, $first: Int!, $after: String) {{
  links: funders(of: $of, depth: $depth, via: $via, asOf: $asOf, first: $first, after: $after) {{{_LINKS.format(sources=SOURCE_URLS)}
  }}
}}"""

INVESTEES = f"""
query Investees($of: ID!, $depth: Int!, $via: [RelationType!]!, $asOf: Date, $first: Int!, $after: String) {{
  links: investees(of: $of, depth: $depth, via: $via, asOf: $asOf, first: $first, after: $after) {{{_LINKS.format(sources=SOURCE_URLS)}
  }}
}}"""

RELATIONS = f"""
query Relations($id: ID!, $type: [RelationType!], $direction: Direction!, $asOf: Date, $first: Int!, $after: String) {{
  actor(id: $id) {{
    relations(type: $type, direction: $direction, asOf: $asOf, first: $first, after: $after) {{
      pageInfo {{ hasNextPage endCursor }}
      edges {{ node {{
        id type from {{ id name }} to {{ id name }} role amount currency amountUsd amountKind
        validFrom validTo confidence {SOURCE_URLS}
      }} }}
    }}
  }}
}}"""

TIMELINE = f"""
query Timeline($actor: ID!, $from: Date, $to: Date, $kind: [TimelineEntryKind!], $first: Int!, $after: String) {{
  timeline(actor: $actor, from: $from, to: $to, kind: $kind, first: $first, after: $after) {{
    pageInfo {{ hasNextPage endCursor }}
    edges {{ node {{
      date kind id
      ... on RelationEntry {{ relation {{ type role from {{ name }} to {{ name }} confidence {SOURCE_URLS} }} }}
      ... on StatementEntry {{ statement {{ actor {{ name }} stance quote confidence {SOURCE_URLS} }} }}
      ... on EventEntry {{ role event {{ name confidence {SOURCE_URLS} }} }}
      ... on PolicyEntry {{ target {{ effect confidence policy {{ name }} {SOURCE_URLS} }} }}
    }} }}
  }}
}}"""

BY_REGIME = """
query ByRegime($recipient: ID!, $asOf: Date, $everyOwner: Boolean!) {
  fundingByRegime(recipient: $recipient, asOf: $asOf, everyOwner: $everyOwner) {
    regime fundingCount undisclosedCount totalUsd states { id name }
  }
}"""

EXPOSURE = """
query Exposure($actor: ID!, $by: ExposureBy!, $step: ExposureStep!, $from: Date, $to: Date) {
  exposure(actor: $actor, by: $by, step: $step, from: $from, to: $to) {
    periods { label start receivedUsd committedUsd
      shares { class receivedUsd committedUsd undisclosedCount fundings { funding { id } } } }
  }
}"""

_SIDE = "kind id starts ends sources { quote source { url } }"

CONTRADICTIONS = f"""
query Contradictions($actor: ID, $rule: [ContradictionRuleId!], $asOf: Date, $first: Int!, $after: String) {{
  contradictions(actor: $actor, rule: $rule, asOf: $asOf, first: $first, after: $after) {{
    pageInfo {{ hasNextPage endCursor }}
    edges {{ node {{
      id rule {{ id name }} actor {{ id name }} counterpart {{ id name }} basis overlap confidence
      position {{ {_SIDE} }}
      tie {{ {_SIDE} }}
    }} }}
  }}
}}"""

RANKINGS = """
query Rankings($measure: RankingMeasure!, $asOf: Date!, $first: Int!) {
  rankings(measure: $measure, asOf: $asOf, first: $first) {
    algorithm relationTypes actorCount actors { rank score actor { id name kind country } }
  }
}"""
