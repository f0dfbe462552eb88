import { jsonSchemaFor, type SchemaName } from '../../contracts/json-schemas.ts';
import type { CommandContext } from '../context.ts';
import { writeResult } from '../output.ts';

export async function schemaCommand(context: CommandContext, name: SchemaName): Promise<void> {
  await writeResult(context, `${JSON.stringify(jsonSchemaFor(name), null, 2)}\n`);
}
