import { registerEnumType } from "type-graphql";
import { graphqlEnumOf, model } from "./model";

/**
 * The closed vocabularies of schema/model.json as GraphQL enums: values in upper case (FLAWED_DEMOCRACY), stored
 * in lower case ("flawed_democracy"), each with the model's meaning as its description.
 */
function vocabularyEnum(name: string, vocabulary: Record<string, string>, description: string): Record<string, string> {
  const values = graphqlEnumOf(vocabulary);
  registerEnumType(values, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.entries(vocabulary).map(([value, meaning]) => [value.toUpperCase(), { description: meaning }])),
  });
  return values;
}

export const RegimeClass = vocabularyEnum("RegimeClass", model.vocabularies.regime, `A state's class in the ${model.regimeIndex.name}.`);

export const Confidence = vocabularyEnum(
  "Confidence",
  model.vocabularies.confidence,
  "How well sources establish a fact: confirmed by a primary or named source, reported by the press, or alleged.",
);

export const Instrument = vocabularyEnum(
  "Instrument",
  model.vocabularies.instrument,
  "How money was given: equity, donation, debt, compute credits or a grant.",
);

export const AmountKind = vocabularyEnum(
  "AmountKind",
  model.vocabularies.amountKind,
  'What an amount of money is: paid, committed, an "up to" ceiling, a credit line, or a valuation. Totals count PAID unless asked otherwise.',
);

export const DateKind = vocabularyEnum(
  "DateKind",
  model.vocabularies.dateKind,
  "What a start date is: when the relation began, when it was announced, or when a source reported it.",
);

export const Position = vocabularyEnum(
  "Position",
  model.vocabularies.position,
  "A role that one person holds at a time in an organisation or a state.",
);

export const IdentifierScheme = vocabularyEnum(
  "IdentifierScheme",
  model.vocabularies.identifierScheme,
  "A register that identifies actors: Wikidata, the LEI register, a stock exchange.",
);

export const Stance = vocabularyEnum("Stance", model.vocabularies.stance, "Where a statement stands on what it is about.");

export const EventRole = vocabularyEnum("EventRole", model.vocabularies.eventRole, "The part an actor plays in an event.");

export const PolicyKind = vocabularyEnum("PolicyKind", model.vocabularies.policyKind, "What kind of policy instrument a record is.");

export const PolicyEffect = vocabularyEnum("PolicyEffect", model.vocabularies.policyEffect, "What a policy instrument does to a target.");

export const PolicyEndKind = vocabularyEnum("PolicyEndKind", model.vocabularies.policyEndKind, "How a policy instrument ended.");
