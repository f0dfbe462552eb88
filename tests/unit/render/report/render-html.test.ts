import { describe, expect, test } from 'vitest';
import { renderHtml } from '../../../../src/render/report/render-html.ts';
import type { Report } from '../../../../src/contracts/report.ts';
import { incompleteReport, sampleReport } from '../../../helpers/sample-reports.ts';

function svgOf(html: string): string {
  const match = /<svg[\s\S]*?<\/svg>/.exec(html);
  expect(match).not.toBeNull();
  return match?.[0] ?? '';
}

function polygonPoints(svg: string, className: string): [number, number][] {
  const match = new RegExp(`<polygon class="${className}" points="([^"]*)"`).exec(svg);
  expect(match, className).not.toBeNull();
  return (match?.[1] ?? '').split(' ').map((pair) => pair.split(',').map(Number) as [number, number]);
}

function resourceUrls(report: Report): string[] {
  return report.gaps.flatMap((gap) => gap.steps.flatMap((step) => step.resources.flatMap((resource) => resource.url ?? [])));
}

describe('renderHtml is one self-contained, script-free file', () => {
  const html = renderHtml(sampleReport());

  test('has the document frame', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html).toContain('<title>ML career report for Ada Lovelace</title>');
    expect(html).toMatch(/<style>[\s\S]*@media print[\s\S]*<\/style>/);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  test('loads nothing: no script, no link, no src, no CSS import or url()', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/\ssrc=/i);
    expect(html).not.toMatch(/src="http/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  test('its only links are the https resource links of the report', () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(hrefs).toEqual(resourceUrls(sampleReport()));
    for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
  });

  test('has the same content as the Markdown report', () => {
    expect(html).toContain('<h2 id="stage">Stage: Senior AI/ML Engineer</h2>');
    expect(html).toContain('US base salary 2024: $136,883 – $172,654');
    expect(html).toContain('(Salary Ranges (US Market, 2024) › Salary by Experience Level › Senior-Level (4-6 years))');
    expect(html).toContain('<p><strong>Overall score:</strong> 75 / 100</p>');
    expect(html).toContain('<p>Readiness: 33% of its expectations met.</p>');
    expect(html).toContain(
      '<li><strong>End-to-end system design</strong>: level 2.5 → expected 4, <span class="shortfall">more than 1 level short</span></li>',
    );
    expect(html).toContain('<li><strong>Python software engineering</strong>: level 4 (expected 3)</li>');
    expect(html).toContain(
      '<a href="https://kubernetes.io/docs/home/" rel="noopener noreferrer">Kubernetes documentation</a> (docs)',
    );
  });

  test('gaps come in report order', () => {
    const headings = [...html.matchAll(/<h3>([^<]*)/g)].map((match) => match[1]?.trim());
    expect(headings).toEqual(sampleReport().gaps.map((gap) => gap.title));
  });

  test('category bars carry their score as text and as width', () => {
    expect(html).toContain(
      '<tr><th scope="row">Production ML systems</th><td><div class="bar" aria-hidden="true"><span style="width: 73.2%"></span></div></td><td class="num">73.2</td></tr>',
    );
    expect(html).toContain('<th scope="row">Collaboration &amp; leadership</th>');
  });
});

describe('the radar chart', () => {
  test('is an accessible, fixed-size SVG with one axis per competency', () => {
    const report = sampleReport();
    const svg = svgOf(renderHtml(report));
    const open = /<svg[^>]*>/.exec(svg)?.[0] ?? '';
    expect(open).toContain(`data-axes="${report.competencies.length}"`);
    expect(open).toContain('role="img"');
    expect(open).toMatch(/ width="\d+" height="\d+" viewBox="0 0 \d+ \d+"/);
    expect(svg).toMatch(/<svg[^>]*>\n<title id="radar-title">Competency levels against the expectations of Technical Lead or Architect<\/title>/);
    expect(svg).toContain('<desc id="radar-desc">');
    expect(svg.match(/<line class="axis"/g)).toHaveLength(report.competencies.length);
    expect(svg.match(/<circle class="ring"/g)).toHaveLength(4);
    expect(svg.match(/<text x=/g)).toHaveLength(report.competencies.length);
  });

  test('both polygons have one point per competency; a level-4 expectation sits on the outer ring', () => {
    const report = sampleReport();
    const svg = svgOf(renderHtml(report));
    const level = polygonPoints(svg, 'level');
    const expected = polygonPoints(svg, 'expected');
    expect(level).toHaveLength(report.competencies.length);
    expect(expected).toHaveLength(report.competencies.length);
    const ring = /<circle class="ring" cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"\/><text[^>]*>4</.exec(svg);
    const [cx, cy, outer] = (ring?.slice(1) ?? []).map(Number) as [number, number, number];
    report.competencies.forEach((competency, index) => {
      const [x, y] = expected[index]!;
      const distance = Math.hypot(x - cx, y - cy);
      expect(distance).toBeCloseTo((outer * competency.expected) / 4, 0);
    });
  });

  test('labels each axis with its number and title, and only the number when there are many', () => {
    const report = sampleReport();
    const labels = (svg: string) => [...svg.matchAll(/<text x=[^>]*><title>([^<]*)<\/title>([^<]*)<\/text>/g)].map((match) => [match[1], match[2]]);
    expect(labels(svgOf(renderHtml(report)))[2]).toEqual(['Data pipelines', '3. Data pipelines']);
    const many = Array.from({ length: 25 }, (_, index) => ({ ...report.competencies[index % 8]!, id: `c${index}` }));
    const crowded = labels(svgOf(renderHtml({ ...report, competencies: many })));
    expect(crowded).toHaveLength(25);
    expect(crowded.map(([, text]) => text)).toEqual(many.map((_, index) => String(index + 1)));
    expect(crowded[24]?.[0]).toBe(many[24]?.title);
  });

  test('is followed by a table of the same values, not-assessed competencies plotted at the centre', () => {
    const report = incompleteReport();
    const html = renderHtml(report);
    const svg = svgOf(html);
    const after = html.slice(html.indexOf('</svg>'));
    expect(after.indexOf('<table class="competencies">')).toBeGreaterThan(0);
    expect(after.indexOf('<table class="competencies">')).toBeLessThan(after.indexOf('</section>'));
    expect(after).toContain(
      '<tr><td class="num">8</td><th scope="row">Responsible AI</th><td>Collaboration &amp; leadership</td><td class="num"><span class="not-assessed">not assessed</span></td><td class="num">2</td></tr>',
    );
    expect(after.match(/not assessed<\/span><\/td>/g)).toHaveLength(2);
    const [cx, cy] = (/<circle class="ring" cx="([\d.]+)" cy="([\d.]+)"/.exec(svg)?.slice(1) ?? []).map(Number);
    const points = polygonPoints(svg, 'level');
    report.competencies.forEach((competency, index) => {
      if (competency.level === null) expect(points[index]).toEqual([cx, cy]);
    });
  });
});

describe('escaping', () => {
  test('a hostile subject, note, title and resource cannot inject markup', () => {
    const report = sampleReport();
    report.subject = '<script>alert(1)</script> & "co"';
    report.answers['python-production-code']!.note = '</li><script>alert(2)</script>';
    report.competencies[0] = { ...report.competencies[0]!, title: '<img src=x onerror=alert(3)>' };
    report.gaps[1]!.steps[0]!.resources[0] = { title: 'K8s <b>docs</b>', kind: 'docs', url: 'https://example.com/"onmouseover="alert(4)' };
    const html = renderHtml(report);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toContain('<b>');
    expect(html).toContain('<title>ML career report for &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;</title>');
    expect(html).toContain('<h1>ML career report for &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;</h1>');
    expect(html).toContain('&lt;/li&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain('<title>&lt;img src=x onerror=alert(3)&gt;</title>1. &lt;img src=x onerror=alert(…</text>');
    expect(html).toContain('<a href="https://example.com/&quot;onmouseover=&quot;alert(4)" rel="noopener noreferrer">K8s &lt;b&gt;docs&lt;/b&gt;</a>');
  });

  test('a non-https resource url is not linked', () => {
    const report = sampleReport();
    report.gaps[0]!.steps[0]!.resources[0]!.url = 'javascript:alert(1)';
    const html = renderHtml(report);
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<li>Designing Machine Learning Systems (book)</li>');
  });
});

describe('other reports', () => {
  test('an incomplete run shows the note', () => {
    expect(renderHtml(incompleteReport())).toContain(
      '<p class="note" role="note">incomplete: 2 questions unanswered; scores cover what was answered</p>',
    );
  });

  test('at the top of the ladder there is no "why not"', () => {
    const report = sampleReport();
    report.nextStage = null;
    const html = renderHtml(report);
    expect(html).not.toContain('Why not');
    expect(html).toContain('<h2 id="next">Top of the ladder</h2>');
  });
});
