import { registerDecorator, type ValidationOptions } from "class-validator";

/** Actor, source and fact ids are lowercase slugs: "openai", "microsoft-funds-openai-2019". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A date as precise as the source: "2023", "2023-11" or "2023-11-17". */
export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** True for "2024", "2024-02" and real calendar days such as "2024-02-29"; false for "2023-02-29". */
export function isPartialDate(value: unknown): boolean {
  if (typeof value !== "string" || !PARTIAL_DATE_PATTERN.test(value)) return false;
  if (value.length < 10) return true;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

/** Validates an ISO date that may stop at the year or the month. */
export function IsPartialDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: "isPartialDate",
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD`, ...options },
      validator: { validate: isPartialDate },
    });
}

/** Compares partial dates by their earliest day: "2023-11" is before "2023-11-02" and equal to "2023-11-01". */
export function comparePartialDates(a: string, b: string): number {
  const earliest = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
  return earliest(a).localeCompare(earliest(b));
}

/** Validates an id or a reference to one: `what` completes the message, e.g. "a source id". */
export function IsSlug(what: string, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: "isSlug",
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be ${what} (a lowercase slug such as "openai")`, ...options },
      validator: { validate: (value: unknown) => typeof value === "string" && value.length <= 200 && SLUG_PATTERN.test(value) },
    });
}
