// Validates content files against the JSON Schemas in schemas/, the way an editor's YAML language
// server sees them: YAML 1.2 core schema (the `yaml` package, as in VS Code), ajv in strict mode (so a
// misspelt schema keyword fails instead of being ignored), every error with its file line and column.
//
// stdin:  {"schemas": ["/abs/term.schema.json", ...], "files": [{"path": "/abs/x.yml", "schema": "term.schema.json", "kind": "yaml"}]}
//         kind: "yaml", "json", or "frontmatter" (a Markdown file: only the YAML between the --- lines)
// stdout: [{"path": ..., "errors": [{"line": 3, "col": 1, "pointer": "/sumary", "keyword": "additionalProperties", "message": ...}]}]
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import YAML from "yaml";

const request = JSON.parse(readFileSync(0, "utf8"));
// strictRequired is off: `if: {required: [terms]}` tests for a key without defining it, as it should.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
addFormats(ajv);
for (const file of request.schemas) {
  ajv.addSchema(JSON.parse(readFileSync(file, "utf8")), basename(file));
}

/** The YAML text to validate and the number of lines before it in the file. */
function source(path, kind) {
  const text = readFileSync(path, "utf8").replace(/\r\n/g, "\n");
  if (kind !== "frontmatter") {
    return { yaml: text, offset: 0 };
  }
  if (!text.startsWith("---\n")) {
    return { yaml: "", offset: 0, missing: true };
  }
  const end = text.indexOf("\n---", 3);
  return { yaml: text.slice(4, end + 1), offset: 1 };
}

/** The YAML node an ajv instancePath points at, or the nearest parent that exists. */
function nodeAt(doc, pointer) {
  const segments = pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  let node = doc.contents;
  for (const segment of segments) {
    const next = YAML.isSeq(node) ? node.get(Number(segment), true) : YAML.isMap(node) ? node.get(segment, true) : undefined;
    if (next === undefined || next === null) {
      break;
    }
    node = next;
  }
  return node;
}

/** Where an error is: the offending key for a key that is not allowed, otherwise the value. */
function position(doc, error) {
  const node = nodeAt(doc, error.instancePath);
  const key = error.params?.additionalProperty;
  if (key !== undefined && YAML.isMap(node)) {
    const pair = node.items.find((p) => (YAML.isScalar(p.key) ? p.key.value : p.key) === key);
    if (pair?.key?.range) {
      return pair.key.range[0];
    }
  }
  if (YAML.isMap(node) && error.params?.propertyName !== undefined) {
    const pair = node.items.find((p) => (YAML.isScalar(p.key) ? p.key.value : p.key) === error.params.propertyName);
    if (pair?.key?.range) {
      return pair.key.range[0];
    }
  }
  return node?.range ? node.range[0] : 0;
}

const results = [];
for (const file of request.files) {
  const { yaml, offset, missing } = source(file.path, file.kind);
  const errors = [];
  if (missing) {
    errors.push({ line: 1, col: 1, pointer: "", keyword: "frontmatter", message: "no front matter" });
    results.push({ path: file.path, errors });
    continue;
  }
  const lineCounter = new YAML.LineCounter();
  const doc = YAML.parseDocument(yaml, { lineCounter, prettyErrors: false });
  const at = (index) => {
    const { line, col } = lineCounter.linePos(index);
    return { line: line + offset, col };
  };
  for (const e of doc.errors) {
    errors.push({ ...at(e.pos[0]), pointer: "", keyword: "yaml", message: e.message });
  }
  if (doc.errors.length === 0) {
    const validate = ajv.getSchema(file.schema);
    if (!validate) {
      throw new Error(`unknown schema ${file.schema}`);
    }
    if (!validate(doc.toJS())) {
      for (const e of validate.errors) {
        const where = e.params?.additionalProperty ?? e.params?.missingProperty ?? "";
        errors.push({ ...at(position(doc, e)), pointer: e.instancePath, keyword: e.keyword, message: `${e.message}${where ? ` (${where})` : ""}` });
      }
    }
  }
  results.push({ path: file.path, errors });
}
process.stdout.write(JSON.stringify(results));
