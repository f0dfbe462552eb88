/**
 * The HTML report: one self-contained file (inline CSS, inline SVG, no script and
 * no external resources) with the same content as the Markdown report.
 */
import { escapeHtml as h } from '../kit/html-escape.ts';
import { htmlList as list, htmlResource } from '../kit/html.ts';
import { htmlPage } from '../kit/html-page.ts';
import {
  categoryTitle,
  evidenceNotes,
  formatLevel,
  formatPercent,
  formatScore,
  formatYears,
  incompleteNote,
  reportSubtitle,
  reportTitle,
  evidenceValue,
  salaryRange,
  shortfallNote,
  STAGE_NOT_MET,
} from './phrases.ts';
import { radarSvg } from './radar-svg.ts';
import { boundsSentence, otherPathsSentence, ruleSentence, stageFacts, stageTitles, summaryPath, topSentence, unweightedScopeNote } from './summary.ts';
import type { Report } from '../../contracts/report.ts';
import { trackLines } from './tracks-summary.ts';

export function renderHtml(report: Report): string {
  const body = [header, summary, stage, categories, competencies, whyNotNext, gaps, strengths, tracks, evidenceAnswers, evidence, footer]
    .map((section) => section(report))
    .filter((block) => block !== '')
    .join('\n');
  return htmlPage(reportTitle(report), body);
}

function header(report: Report): string {
  const note = incompleteNote(report);
  return [
    '<header>',
    `<h1>${h(reportTitle(report))}</h1>`,
    `<p class="subtitle">${h(reportSubtitle(report))}</p>`,
    note === null ? '' : `<p class="note" role="note">${h(note)}</p>`,
    '</header>',
  ].join('');
}

/** The same summary the text report opens with: stage, the rule with the person's numbers, the shortest path. */
function summary(report: Report): string {
  const note = unweightedScopeNote(report);
  if (note !== null) return `<section aria-labelledby="summary" class="summary"><h2 id="summary">Summary</h2><p class="note" role="note">${h(note)}</p></section>`;
  const current = report.stage;
  const facts = stageFacts(report, salaryRange);
  const bounds = boundsSentence(report);
  const path = summaryPath(report);
  const steps =
    path === null
      ? ''
      : [
          `<h3>${h(path.heading)}</h3>`,
          '<ol class="path">',
          ...path.steps.map((step) => `<li><strong>${h(step.text)}</strong>${step.action === null ? '' : `: ${h(step.action)}`}</li>`),
          '</ol>',
          path.more > 0 ? `<p>… ${path.more} more below, under Gaps.</p>` : '',
        ].join('');
  return [
    '<section aria-labelledby="summary" class="summary">',
    `<h2 id="summary">${h(stageTitles(report))}${current.met ? '' : ` <span class="shortfall">(${h(STAGE_NOT_MET)})</span>`}</h2>`,
    `<p>${h(facts)}</p>`,
    bounds === null ? '' : `<p class="note" role="note">${h(bounds)}</p>`,
    `<p class="rule">${h(ruleSentence(report) ?? topSentence(report))}</p>`,
    otherPathsSentence(report) === null ? '' : `<p>${h(otherPathsSentence(report)!)}</p>`,
    steps,
    '</section>',
  ].join('\n');
}

function stage(report: Report): string {
  const current = report.stage;
  const facts: string[] = [];
  if (!current.met) facts.push(`<strong>${h(STAGE_NOT_MET)}</strong>`);
  if (current.alsoKnownAs.length > 0) facts.push(`Also known as: ${h(current.alsoKnownAs.join(', '))}`);
  facts.push(`Typical experience: ${h(formatYears(current.years))}`);
  for (const salary of current.salaries) facts.push(`${h(salaryRange(salary))} <span class="source">(${h(salary.source)})</span>`);
  const overall = h(formatScore(report.overall.score)) + (report.overall.score === null ? '' : ' / 100');
  return [
    '<section aria-labelledby="stage">',
    `<h2 id="stage">Stage: ${h(current.title)}</h2>`,
    list(facts),
    `<p><strong>Overall score:</strong> ${overall}</p>`,
    '</section>',
  ].join('\n');
}

function categories(report: Report): string {
  if (report.categories.length === 0) return '';
  const rows = report.categories.map((category) => {
    const bar =
      category.score === null
        ? ''
        : `<div class="bar" aria-hidden="true"><span style="width: ${Math.min(100, Math.max(0, category.score))}%"></span></div>`;
    const score = category.score === null ? '<span class="not-assessed">not assessed</span>' : h(formatScore(category.score));
    return `<tr><th scope="row">${h(category.title)}</th><td>${bar}</td><td class="num">${score}</td></tr>`;
  });
  return [
    '<section aria-labelledby="categories">',
    '<h2 id="categories">Categories</h2>',
    '<table class="categories"><thead><tr><th scope="col">Category</th><th scope="col"><span class="legend">0–100</span></th><th scope="col" class="num">Score</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody></table>`,
    '</section>',
  ].join('\n');
}

function competencies(report: Report): string {
  if (report.competencies.length === 0) return '';
  const target = h(report.target.title);
  const rows = report.competencies.map((competency, index) => {
    const level = competency.level === null ? '<span class="not-assessed">not assessed</span>' : formatLevel(competency.level);
    return `<tr><td class="num">${index + 1}</td><th scope="row">${h(competency.title)}</th><td>${h(categoryTitle(report, competency.category))}</td><td class="num">${level}</td><td class="num">${formatLevel(competency.expected)}</td></tr>`;
  });
  return [
    '<section aria-labelledby="competencies">',
    '<h2 id="competencies">Competencies</h2>',
    radarSvg(report.competencies, report.target.title),
    `<p class="legend">Filled: assessed level. Dashed: expected for ${target}. Levels 0 (centre) to 4 (edge); axes are numbered as in the table.</p>`,
    `<table class="competencies"><caption class="legend">The chart's values</caption><thead><tr><th scope="col" class="num">#</th><th scope="col">Competency</th><th scope="col">Category</th><th scope="col" class="num">Level</th><th scope="col" class="num">Expected for ${target}</th></tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody></table>`,
    '</section>',
  ].join('\n');
}

function whyNotNext(report: Report): string {
  const next = report.nextStage;
  if (!report.scope.weighted) return '';
  if (next === null) {
    return `<section aria-labelledby="next"><h2 id="next">Top of the ladder</h2><p>${h(report.stage.title)} is the highest stage of this rubric set.</p></section>`;
  }
  const blockers = next.blockers.map((blocker) => {
    const why = blocker.blocksBy === 'shortfall' ? `, <span class="shortfall">${h(shortfallNote(report.attainment.maxShortfall))}</span>` : '';
    return `<strong>${h(blocker.title)}</strong>: level ${formatLevel(blocker.level)} → expected ${formatLevel(blocker.expected)}${why}`;
  });
  return [
    '<section aria-labelledby="next">',
    `<h2 id="next">Why not ${h(next.title)}</h2>`,
    `<p>Readiness: ${formatPercent(next.readiness)} of its expectations met.</p>`,
    blockers.length > 0 ? list(blockers) : '',
    '</section>',
  ].join('\n');
}

function gaps(report: Report): string {
  const target = h(report.target.title);
  if (report.gaps.length === 0) {
    return `<section aria-labelledby="gaps"><h2 id="gaps">Gaps for ${target}</h2><p>None: every assessed competency meets the expectations of ${target}.</p></section>`;
  }
  const items = report.gaps.map((gap) => {
    const steps = gap.steps.map((step) =>
      [
        `<h4>Level ${step.from} → ${step.to}</h4>`,
        list(step.actions.map(h)),
        step.resources.length > 0 ? `<p>Resources:</p>${list(step.resources.map(htmlResource))}` : '',
      ].join(''),
    );
    const heading = `${h(gap.title)} <span class="source">(${h(categoryTitle(report, gap.category))})</span>: level ${formatLevel(gap.level)} → ${formatLevel(gap.expected)}`;
    return `<li><h3>${heading}</h3>${steps.join('')}</li>`;
  });
  return [`<section aria-labelledby="gaps">`, `<h2 id="gaps">Gaps for ${target}</h2>`, `<ol class="gaps">${items.join('\n')}</ol>`, '</section>'].join('\n');
}

function strengths(report: Report): string {
  const body =
    report.strengths.length === 0
      ? `<p>None at or above the expectations of ${h(report.target.title)} yet.</p>`
      : list(
          report.strengths.map(
            (strength) => `<strong>${h(strength.title)}</strong>: level ${formatLevel(strength.level)} (expected ${formatLevel(strength.expected)})`,
          ),
        );
  return `<section aria-labelledby="strengths"><h2 id="strengths">Strengths</h2>${body}</section>`;
}

function tracks(report: Report): string {
  const fit = trackLines(report);
  if (fit === null) return '';
  const note = fit.note === null ? '' : `<p class="note" role="note">${h(fit.note)}</p>`;
  const items = fit.tracks.map((track) => {
    const details = [track.drivers, track.gap].filter((line): line is string => line !== null).map((line) => `<p>${h(line)}</p>`);
    return `<li><strong>${h(track.title)}</strong>: ${h(track.fit)}${details.join('')}</li>`;
  });
  return `<section aria-labelledby="tracks"><h2 id="tracks">${h(fit.heading)}</h2>${note}${items.length === 0 ? '' : `<ol class="tracks">${items.join('')}</ol>`}</section>`;
}

function evidenceAnswers(report: Report): string {
  if (report.evidence.length === 0) return '';
  const items = report.evidence.map((entry) => `${h(entry.prompt)} <strong>${h(evidenceValue(entry.value))}</strong>`);
  return `<section aria-labelledby="evidence-answers"><h2 id="evidence-answers">Evidence you gave</h2><p>Breadth and counts: reported, never part of a level.</p>${list(items)}</section>`;
}

function evidence(report: Report): string {
  const notes = evidenceNotes(report);
  if (notes.length === 0) return '';
  const items = notes.map(({ question, note }) => `<code>${h(question)}</code>: ${h(note)}`);
  return `<section aria-labelledby="evidence"><h2 id="evidence">Your notes</h2>${list(items)}</section>`;
}

function footer(report: Report): string {
  const { tool, rubricSet } = report;
  return `<footer><p>Generated by ${h(tool.name)} ${h(tool.version)} at ${h(report.generatedAt)} from rubric set ${h(rubricSet.id)} ${h(rubricSet.version)} (${h(rubricSet.digest)}).</p></footer>`;
}
