import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { jsonSchemaFor, SCHEMA_NAMES, schemaFileName } from '../../../src/contracts/json-schemas.ts';

describe('JSON Schemas', () => {
  test.each(SCHEMA_NAMES)('the committed schemas/%s.schema.json is up to date', (name) => {
    const committed = readFileSync(`schemas/${schemaFileName(name)}`, 'utf8');
    const generated = `${JSON.stringify(jsonSchemaFor(name), null, 2)}\n`;
    expect(committed === generated, `schemas/${schemaFileName(name)} differs from the zod schema: run \`npm run schemas\``).toBe(true);
  });

  test('are draft-07 with an id and a title', () => {
    for (const name of SCHEMA_NAMES) {
      expect(jsonSchemaFor(name)).toMatchObject({ $schema: 'http://json-schema.org/draft-07/schema#', $id: `urn:ml-career:schema:${name}`, title: expect.any(String) });
    }
  });

  test('the rubric schema describes what authors write: strict objects, defaults optional', () => {
    const rubric = jsonSchemaFor('rubric') as { additionalProperties: boolean; required: string[]; properties: Record<string, unknown> };
    expect(rubric.additionalProperties).toBe(false);
    expect(rubric.required).toEqual(['id', 'title', 'description', 'source', 'competencies']);
    expect(rubric.properties.weight).toMatchObject({ default: 1, minimum: 0 });
  });

  test('the report schema grows compatibly: what adaptive and --from runs add is optional', () => {
    type Node = { properties: Record<string, Node>; required?: string[]; additionalProperties?: Node | boolean; items?: Node };
    const report = jsonSchemaFor('report') as Node;
    expect(report.properties.asked).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(report.required).not.toContain('asked');
    expect(report.properties.scope!.properties.adaptive).toMatchObject({ enum: ['stage', 'gaps'] });
    expect(report.properties.scope!.required).not.toContain('adaptive');
    const bounds = report.properties.stage!.properties.bounds!;
    expect(bounds.properties.possible).toMatchObject({ type: 'array' });
    expect(bounds.required).not.toContain('possible');
    const answer = report.properties.answers!.additionalProperties as Node;
    expect(answer.properties.carried).toMatchObject({ const: true });
    expect(answer.required).not.toContain('carried');
  });
});
