/**
 * The layers of src/, each allowed to import only the layers below it:
 *
 *   cli → render, io, interactive → compare, team → assessment → rubric → contracts → parse → errors
 *
 * render, io and interactive are siblings and never import one another; nor do
 * compare and team, nor contracts and parse. A new upward or sideways import fails
 * `npm test` with the name of the rule it breaks.
 */
const LAYERS = {
  cli: ['render', 'io', 'interactive', 'compare', 'team', 'assessment', 'rubric', 'contracts', 'parse'],
  render: ['contracts', 'parse'],
  io: ['compare', 'team', 'assessment', 'rubric', 'contracts', 'parse'],
  interactive: ['assessment', 'rubric', 'contracts', 'parse'],
  compare: ['assessment', 'rubric', 'contracts', 'parse'],
  team: ['assessment', 'rubric', 'contracts', 'parse'],
  assessment: ['rubric', 'contracts', 'parse'],
  rubric: ['contracts', 'parse'],
  contracts: [],
  parse: [],
};

const layerRules = Object.entries(LAYERS).map(([layer, below]) => ({
  name: `${layer}-imports-only-below`,
  comment: `src/${layer} may import only ${below.length > 0 ? below.map((name) => `src/${name}`).join(', ') + ' and ' : ''}src/errors.ts`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: '^src/', pathNot: [`^src/(${[layer, ...below].join('|')})/`, '^src/errors\\.ts$'] },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'errors-imports-nothing',
      comment: 'src/errors.ts is the bottom layer: it imports nothing of the project',
      severity: 'error',
      from: { path: '^src/errors\\.ts$' },
      to: { path: '^src/' },
    },
    {
      name: 'no-cycles',
      comment: 'modules may not import one another in a circle',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'inquirer-only-in-prompt',
      comment: 'only src/interactive/prompt talks to Inquirer, so tests can replace it',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/interactive/prompt/' },
      to: { path: 'node_modules/@inquirer/' },
    },
    {
      name: 'core-never-touches-the-process',
      comment: 'the pure core (compare, team, assessment, rubric, contracts, parse) never reads files, the terminal or the process',
      severity: 'error',
      from: { path: '^src/(compare|team|assessment|rubric|contracts|parse)/' },
      to: { path: '^(node:)?(fs|fs/promises|child_process|readline|tty|net|http|https|process)$', dependencyTypes: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|tests|scripts)/' },
  },
};
