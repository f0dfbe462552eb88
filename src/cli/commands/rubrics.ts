import { stringify } from 'yaml';
import { quote, UsageError } from '../../errors.ts';
import { resolvedRubricJson, rubricTable } from '../../rubric/describe.ts';
import type { CommandContext } from '../context.ts';
import { loadRubrics } from '../load-rubrics.ts';
import { writeResult } from '../output.ts';
import type { RubricsShowOptions } from '../specs.ts';
import { formatTable } from '../../render/kit/table.ts';
import { renderJson } from '../../render/json.ts';
import { terminalText } from '../../parse/terminal-text.ts';

export async function rubricsListCommand(context: CommandContext): Promise<void> {
  const set = await loadRubrics(context, context.rubrics);
  const table = formatTable(
    ['category', 'title', 'competencies', 'questions', 'minutes', 'quick', 'quick min'],
    rubricTable(set).map((row) => [row.id, row.title, row.competencies, row.questions, row.minutes, row.keyQuestions, row.quickMinutes]),
    { alignRight: [2, 3, 4, 5, 6], separatorBeforeLast: true },
  );
  await writeResult(context, `${terminalText(set.info.title, { oneLine: true })} rubrics ${set.info.version} (${set.info.digest})\n\n${table}`);
}

export async function rubricsShowCommand(context: CommandContext, id: string | undefined, options: RubricsShowOptions): Promise<void> {
  const set = await loadRubrics(context, context.rubrics);
  const resolved = resolvedRubricJson(set) as { categories: { id: string }[]; tracks: { id: string }[] };
  let shown: unknown = resolved;
  if (id !== undefined) {
    const found = resolved.categories.find((candidate) => candidate.id === id) ?? resolved.tracks.find((candidate) => candidate.id === id);
    if (!found) {
      const tracks = resolved.tracks.length > 0 ? `; tracks: ${resolved.tracks.map((t) => t.id).join(', ')}` : '';
      throw new UsageError(`no category or track ${quote(id)}`, `categories: ${resolved.categories.map((c) => c.id).join(', ')}${tracks}`);
    }
    shown = found;
  }
  // YAML escapes the C0 controls itself; terminalText shows the rest (C1, bidi overrides).
  const text = options.format === 'json' ? renderJson(shown) : terminalText(stringify(shown, { lineWidth: 0 }));
  await writeResult(context, text);
}

export async function rubricsValidateCommand(context: CommandContext, dir: string | undefined): Promise<void> {
  const target = dir ?? context.rubrics;
  const set = await loadRubrics(context, target);
  const competencies = set.categories.reduce((sum, category) => sum + category.competencies.length, 0);
  const questions = set.categories.reduce(
    (sum, category) => sum + category.competencies.reduce((inner, competency) => inner + competency.questions.length, 0),
    0,
  );
  const where = target === undefined ? 'built-in rubrics' : terminalText(target, { oneLine: true });
  await writeResult(
    context,
    `ok: ${where}: ${set.info.id} ${set.info.version}, ${set.stages.length} stages, ${set.categories.length} categories, ${competencies} competencies, ${questions} questions, ${set.tracks.length} tracks\n`,
  );
}
