/**
 * Writing answers files: the answers of a run (`--save-answers`) and the blank
 * template (`ml-career template`) whose comments say what each question accepts.
 */
import { Document, Pair, Scalar, YAMLMap } from 'yaml';
import { NOT_APPLICABLE, type Answers, type AnswersFile, type AnswersScope } from '../contracts/answers.ts';
import type { ScopedQuestion, ScopeOptions } from './scope.ts';
import type { Question, RubricSet } from '../contracts/rubric.ts';

/** The scope as an answers file records it; undefined for a full run (the default). */
export function fileScope(scope: ScopeOptions | undefined): AnswersScope | undefined {
  const only = scope?.only && scope.only.length > 0 ? [...scope.only] : undefined;
  if (scope?.quick !== true && only === undefined) return undefined;
  return { ...(scope?.quick === true ? { quick: true } : {}), ...(only === undefined ? {} : { only }) };
}

/** The answers as an answers file: a bare value, or `{ value, note }` when there is a note; the scope when it is not full. */
export function answersFileFor(answers: Answers, meta: { subject?: string; rubricSet: string; scope?: ScopeOptions }): AnswersFile {
  const entries: AnswersFile['answers'] = {};
  for (const [id, answer] of Object.entries(answers)) {
    entries[id] = answer.note === undefined ? answer.value : { value: answer.value, note: answer.note };
  }
  const scope = fileScope(meta.scope);
  return {
    rubricSet: meta.rubricSet,
    ...(meta.subject === undefined ? {} : { subject: meta.subject }),
    ...(scope === undefined ? {} : { scope }),
    answers: entries,
  };
}

/** Comments are one line each: rubric text with line breaks would otherwise end the comment. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function allowedValues(question: Question): string[] {
  switch (question.kind) {
    case 'scale':
      return question.levels.map((anchor, level) => `${level} = ${oneLine(anchor)}`);
    case 'boolean':
      return ['true or false'];
    case 'choice':
      return ['one of:', ...question.options.map((option) => `  ${option.id} = ${oneLine(option.label)}`)];
    case 'multi':
      return [
        `a list of: ${question.options.map((option) => option.id).join(', ')}`,
        ...question.options.map((option) => `  ${option.id} = ${oneLine(option.label)}`),
      ];
    case 'number':
      return [`a number of ${oneLine(question.unit)}, ${question.min} to ${question.max}`];
  }
}

function commentFor(entry: ScopedQuestion): string {
  const lines = [
    `${oneLine(entry.category.title)} › ${oneLine(entry.competency.title)}`,
    oneLine(entry.question.prompt),
    ...(entry.question.help ? [oneLine(entry.question.help)] : []),
    ...allowedValues(entry.question).map((line) => `  ${line}`),
    ...(entry.question.allowNA ? [`  or ${NOT_APPLICABLE} if it does not apply to you`] : []),
  ];
  return lines.map((line) => ` ${line}`).join('\n');
}

const HEADER = [
  ' Answers for ml-career. Give each question one of the values listed above it;',
  ' leave it empty to skip it. To add evidence, write { value: 3, note: "what backs it" }.',
  ' Then run: ml-career assess --answers <this file>',
].join('\n');

const SCOPE_COMMENT = [
  ' The questions this file answers: `assess --answers` scores it with this scope,',
  ' so a quick file needs no --allow-partial. --quick or --only on the command line win over it.',
].join('\n');

/**
 * A blank answers file (YAML text) for the questions in scope, every answer empty;
 * `options` (the --quick and --only it was written for) is recorded as its `scope`.
 */
export function answersTemplate(set: RubricSet, scope: ScopedQuestion[], options?: ScopeOptions): string {
  const doc = new Document();
  doc.commentBefore = HEADER;
  const answers = new YAMLMap<Scalar, Scalar>();
  scope.forEach((entry, index) => {
    const key = new Scalar(entry.question.id);
    key.commentBefore = commentFor(entry);
    key.spaceBefore = index > 0;
    answers.items.push(new Pair(key, new Scalar(null)));
  });
  const answersKey = new Scalar('answers');
  answersKey.commentBefore = ' subject: your-name';
  answersKey.spaceBefore = true;
  const root = new YAMLMap();
  root.items.push(new Pair(new Scalar('rubricSet'), new Scalar(`${set.info.id}@${set.info.version}`)));
  const recorded = fileScope(options);
  if (recorded !== undefined) {
    const scopeKey = new Scalar('scope');
    scopeKey.commentBefore = SCOPE_COMMENT;
    scopeKey.spaceBefore = true;
    const value = doc.createNode(recorded) as YAMLMap;
    value.flow = true;
    root.items.push(new Pair(scopeKey, value));
  }
  root.items.push(new Pair(answersKey, answers));
  doc.contents = root;
  return doc.toString({ nullStr: '', lineWidth: 0 });
}
