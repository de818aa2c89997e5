"""Strict validation of a FollowTheMoney entity stream (one JSON entity a line) with the followthemoney package.

followthemoney's own parsing drops a property its schema does not have without a word, so this check refuses,
for every entity: a line that is not a JSON object of exactly id, schema and properties; an unknown or abstract
schema; a property the schema does not have, or cannot write; a value its type does not validate; a value that
followthemoney would change or drop when it reads the entity (its proxy must give back the same properties); a
missing required property; an id used twice; and an entity reference that names no entity of the stream, or one
whose schema is outside the property's range.

    python validate_ftm.py FILE         prints {"entities": N, "schemata": {...}, "errors": [...]}, exit 1 on any error
    python validate_ftm.py --self-test  checks that each kind of bad entity above is refused
"""

import json
import sys

from followthemoney import model


def validate(lines):
    errors = []
    entities = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except ValueError as error:
            errors.append({"line": number, "id": None, "message": f"not JSON: {error}"})
            continue
        if not isinstance(data, dict) or set(data) != {"id", "schema", "properties"}:
            errors.append({"line": number, "id": None, "message": "not an object of exactly id, schema and properties"})
            continue
        entities.append((number, data))

    schema_of = {}
    for number, data in entities:
        if data["id"] in schema_of:
            errors.append({"line": number, "id": data["id"], "message": "id used twice"})
        schema_of[data["id"]] = data["schema"]

    counts = {}
    for number, data in entities:
        def refuse(message):
            errors.append({"line": number, "id": data["id"], "message": message})

        if not isinstance(data["id"], str) or not data["id"]:
            refuse("no id")
            continue
        schema = model.get(data["schema"])
        if schema is None or schema.abstract:
            refuse(f"schema {data['schema']!r} is unknown or abstract")
            continue
        counts[schema.name] = counts.get(schema.name, 0) + 1
        properties = data["properties"]
        if not isinstance(properties, dict):
            refuse("properties is not an object")
            continue
        for name, values in properties.items():
            prop = schema.properties.get(name)
            if prop is None:
                refuse(f"{schema.name} has no property {name!r}")
                continue
            if prop.stub:
                refuse(f"{schema.name}.{name} cannot be written")
            if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
                refuse(f"{name} is not a non-empty list of strings")
                continue
            for value in values:
                if not prop.type.validate(value):
                    refuse(f"{name}: {value!r} is not a valid {prop.type.name}")
                if prop.type.name == "entity":
                    target = schema_of.get(value)
                    if target is None:
                        refuse(f"{name}: {value!r} names no entity of the stream")
                    elif not model.get(target).is_a(prop.range):
                        refuse(f"{name}: {value!r} is a {target}, not a {prop.range.name}")
        for name in schema.required:
            if not properties.get(name):
                refuse(f"{schema.name} requires {name}")
        proxy = model.get_proxy(data, cleaned=False)
        kept = proxy.to_dict()["properties"]
        for name, values in properties.items():
            if name in schema.properties and kept.get(name, []) != values:
                refuse(f"followthemoney reads {name} as {kept.get(name, [])!r}, not {values!r}")
    return {"entities": len(entities), "schemata": counts, "errors": errors}


BAD = {
    "an unknown property": {"id": "c", "schema": "Company", "properties": {"name": ["C"], "bogus": ["x"]}},
    "a property of another schema": {"id": "p", "schema": "Payment", "properties": {"payer": ["c0"], "beneficiary": ["c0"], "percentage": ["5"]}},
    "a missing required property": {"id": "p", "schema": "Payment", "properties": {"beneficiary": ["c0"]}},
    "an invalid date": {"id": "p", "schema": "Payment", "properties": {"payer": ["c0"], "beneficiary": ["c0"], "startDate": ["2023-13-45"]}},
    "an invalid country": {"id": "c", "schema": "Company", "properties": {"name": ["C"], "country": ["atlantis"]}},
    "a reference to nothing": {"id": "p", "schema": "Payment", "properties": {"payer": ["nobody"], "beneficiary": ["c0"]}},
    "a reference out of range": {"id": "o", "schema": "Ownership", "properties": {"owner": ["c0"], "asset": ["h0"]}},
    "a value followthemoney changes": {"id": "c", "schema": "Company", "properties": {"name": ["C"], "country": ["US"]}},
    "a value twice": {"id": "c", "schema": "Company", "properties": {"name": ["C"], "alias": ["A", "A"]}},
    "an abstract schema": {"id": "c", "schema": "Thing", "properties": {"name": ["C"]}},
    "an extra top-level field": {"id": "c", "schema": "Company", "properties": {"name": ["C"]}, "context": {}},
}
GOOD = [
    {"id": "c0", "schema": "Company", "properties": {"name": ["C0"], "country": ["us"]}},
    {"id": "h0", "schema": "HyperText", "properties": {"title": ["T"], "language": ["eng"]}},
]


def self_test():
    lines = [json.dumps(e) for e in GOOD]
    assert validate(lines)["errors"] == [], validate(lines)
    missed = [name for name, bad in BAD.items() if not validate(lines + [json.dumps(bad)])["errors"]]
    print(json.dumps({"refused": len(BAD) - len(missed), "missed": missed}))
    return 1 if missed else 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    with open(sys.argv[1], encoding="utf-8") as handle:
        report = validate(handle)
    print(json.dumps(report))
    return 1 if report["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
