/** fast-check arbitraries that damage a YAML document: in its data (keys, types, values) or in its bytes. */
import fc from 'fast-check';
import { parse, stringify } from 'yaml';

type Data = unknown;

/** Every path to a value inside `data` (the root is []). */
function pathsOf(data: Data, prefix: (string | number)[] = []): (string | number)[][] {
  const paths = [prefix];
  if (Array.isArray(data)) data.forEach((item, index) => paths.push(...pathsOf(item, [...prefix, index])));
  else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) paths.push(...pathsOf(value, [...prefix, key]));
  }
  return paths;
}

const junkValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 10 }),
  fc.double({ noNaN: true }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('n/a', 'entry', 'senior', '', '__proto__', 'constructor'),
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.integer(), { maxKeys: 2 }),
);

type Edit = { kind: 'delete' | 'replace' | 'truncate' | 'swap'; pick: number; other: number; value: unknown };

const editArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('delete', 'replace', 'truncate', 'swap'),
  pick: fc.nat(),
  other: fc.nat(),
  value: junkValue,
});

function applyEdit(data: Data, edit: Edit): Data {
  const copy = structuredClone(data);
  const paths = pathsOf(copy).filter((path) => path.length > 0);
  if (paths.length === 0) return copy;
  const path = paths[edit.pick % paths.length]!;
  const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], copy);
  const key = path.at(-1)!;
  switch (edit.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 'replace':
      parent[key] = edit.value;
      break;
    case 'truncate':
      if (typeof parent[key] === 'string') parent[key] = parent[key].slice(0, edit.other % (parent[key].length + 1));
      else parent[key] = String(parent[key]).slice(0, 3);
      break;
    case 'swap': {
      const otherPath = paths[edit.other % paths.length]!;
      const otherParent = otherPath.slice(0, -1).reduce<any>((node, k) => node?.[k], copy);
      if (otherParent && typeof otherParent === 'object') [parent[key], otherParent[otherPath.at(-1)!]] = [otherParent[otherPath.at(-1)!], parent[key]];
      break;
    }
  }
  return copy;
}

/** The YAML text of `text`'s data after one to three edits. */
export function mutatedData(text: string): fc.Arbitrary<string> {
  const data = parse(text) as Data;
  return fc.array(editArb, { minLength: 1, maxLength: 3 }).map((edits) => stringify(edits.reduce(applyEdit, data)));
}

/** `text` cut short, or with junk bytes (control characters, invalid UTF-8, YAML syntax) put in somewhere. */
export function mutatedBytes(text: string): fc.Arbitrary<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  const junk = fc.oneof(
    fc.uint8Array({ minLength: 1, maxLength: 4 }),
    fc.constantFrom(':', '- ', '\t', '&a ', '*a', '!!binary ', '{', ']', '"', '\n  ', '---\n', '__proto__: 1\n').map((s) => new TextEncoder().encode(s)),
  );
  return fc.oneof(
    fc.nat({ max: bytes.length }).map((at) => bytes.slice(0, at)),
    fc.tuple(fc.nat({ max: bytes.length }), junk).map(([at, insert]) => new Uint8Array([...bytes.slice(0, at), ...insert, ...bytes.slice(at)])),
  );
}

/** Whether `bytes` decode as UTF-8 and parse as one YAML document without errors (so problems can be located). */
export function parsesAsYaml(bytes: Uint8Array | string): boolean {
  try {
    const text = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.trim() === '' || text.includes('\0')) return false;
    parse(text, { uniqueKeys: true, logLevel: 'silent' });
    return true;
  } catch {
    return false;
  }
}
