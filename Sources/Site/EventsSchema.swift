/// JSON Schema (draft 2020-12) of `events.json`, published beside it.
enum EventsSchema {
    static let text = #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "events.schema.json",
  "title": "Annals timeline",
  "type": "object",
  "required": ["articles", "events"],
  "additionalProperties": false,
  "$defs": {
    "date": {
      "type": "object",
      "required": ["value", "precision", "basis", "basisNote", "display"],
      "properties": {
        "value": {"type": "string", "description": "TIMEX3 value"},
        "start": {"type": "string", "format": "date"},
        "end": {"type": "string", "format": "date"},
        "precision": {"enum": ["minute", "partOfDay", "day", "weekend", "week", "month", "quarter", "season", "half", "year", "decade", "century", "none"]},
        "basis": {"enum": ["stated", "relative", "inferred", "given"]},
        "basisNote": {"type": "string"},
        "modifier": {"enum": ["START", "MID", "END", "APPROX", "LESS_THAN", "MORE_THAN"]},
        "display": {"type": "string"},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1}
      }
    },
    "source": {
      "type": "object",
      "required": ["article", "quote", "start", "end", "phrase", "date"],
      "properties": {
        "article": {"type": "string"},
        "quote": {"type": "string"},
        "start": {"type": "integer", "minimum": 0},
        "end": {"type": "integer", "minimum": 0},
        "phrase": {"type": "string"},
        "date": {"$ref": "#/$defs/date"}
      }
    }
  },
  "properties": {
    "articles": {
      "type": "array",
      "items": {
        "type": "object",
        "required": ["id", "path", "title", "authors", "diagnostics", "removed"],
        "properties": {
          "id": {"type": "string"},
          "path": {"type": "string"},
          "title": {"type": "string"},
          "source": {"type": "string"},
          "authors": {"type": "array", "items": {"type": "string"}},
          "url": {"type": "string"},
          "published": {"$ref": "#/$defs/date"},
          "diagnostics": {"type": "array", "items": {"type": "string"}},
          "removed": {"type": "array", "items": {"type": "object", "required": ["start", "end", "reason"]}}
        }
      }
    },
    "events": {
      "type": "array",
      "items": {
        "type": "object",
        "required": ["id", "date", "title", "summary", "actors", "kind", "status", "sources", "conflicts", "confidence"],
        "properties": {
          "id": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
          "date": {"$ref": "#/$defs/date"},
          "title": {"type": "string"},
          "summary": {"type": "string"},
          "actors": {"type": "array", "items": {"type": "string"}},
          "kind": {"enum": ["disaster", "military", "sanctions", "agreement", "proposal", "meeting", "appointment", "anniversary", "statement", "other"]},
          "status": {"enum": ["happened", "scheduled"]},
          "sources": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/source"}},
          "conflicts": {"type": "array", "items": {"$ref": "#/$defs/source"}},
          "confidence": {"type": "number", "minimum": 0, "maximum": 1}
        }
      }
    }
  }
}
"""#
}
