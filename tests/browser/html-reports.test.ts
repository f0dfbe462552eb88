/**
 * The HTML reports in a real browser: Debian's chromium driven by playwright-core.
 * Each file the built binary writes is opened from disk; the charts must have a
 * real size and the expected number of axes, rows, bars and cells, no request may
 * leave the page and nothing may be logged as an error. Screenshots are kept under
 * tests/artifacts/browser/ (git-ignored) for a person to look at.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { comparisonSchema } from '../../src/contracts/comparison.ts';
import { reportSchema } from '../../src/contracts/report.ts';
import { teamSchema } from '../../src/contracts/team.ts';
import { answersFileAt } from '../helpers/answers-at.ts';
import { repoRoot, runCli, tempDir } from '../helpers/cli.ts';
import { CHROMIUM, CHROMIUM_PATH, describeWith } from '../helpers/tools.ts';
import { builtinSet, variedReport } from '../helpers/built-reports.ts';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ARTIFACTS = join(repoRoot, 'tests', 'artifacts', 'browser');
const describeInChromium = describeWith([CHROMIUM], 'the HTML reports in a browser');

interface Visit {
  page: Page;
  /** Every request the page made other than for the file itself. */
  requests: string[];
  errors: string[];
}

let browser: Browser;
let work: string;
const visits: Page[] = [];

/** Opens `file` with every outside request recorded and refused, and every console error and page error recorded. */
async function open(file: string, width = 1100): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  visits.push(page);
  const own = pathToFileURL(file).href;
  const requests: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === own) return route.continue();
    requests.push(url);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(own, { waitUntil: 'load' });
  return { page, requests, errors };
}

async function screenshot(page: Page, name: string): Promise<void> {
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  expect(statSync(path).size).toBeGreaterThan(10_000);
}

async function sizeOf(page: Page, selector: string): Promise<{ width: number; height: number }> {
  const box = await page.locator(selector).boundingBox();
  expect(box, selector).not.toBeNull();
  return { width: box?.width ?? 0, height: box?.height ?? 0 };
}

// A browser and the built binary on a busy two-core machine: generous time, never a flaky failure.
describeInChromium('HTML reports in chromium', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    work = tempDir();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('assess: the radar has a real size and one axis per competency; nothing is fetched or logged', async () => {
    const set = await builtinSet();
    const answers = join(work, 'answers.json');
    writeFileSync(answers, JSON.stringify({ subject: 'Ada', ...answersFileAt(set, 2) }));
    const file = join(work, 'report.html');
    expect(runCli(['assess', '--answers', answers, '--no-history', '-o', file]).status).toBe(0);
    const json = runCli(['assess', '--answers', answers, '--no-history', '--format', 'json']);
    const competencies = reportSchema.parse(JSON.parse(json.stdout)).competencies.length;

    const { page, requests, errors } = await open(file);
    const radar = page.locator('svg.radar');
    expect(await radar.getAttribute('data-axes')).toBe(String(competencies));
    expect(await radar.locator('line.axis').count()).toBe(competencies);
    expect(await page.locator('table.competencies tbody tr').count()).toBe(competencies);
    const size = await sizeOf(page, 'svg.radar');
    expect(size.width).toBeGreaterThan(300);
    expect(size.height).toBeGreaterThan(200);
    expect(await radar.getAttribute('role')).toBe('img');
    expect(await page.locator('#radar-desc').textContent()).toContain(`${competencies} in all`);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await screenshot(page, 'assess');
    await page.emulateMedia({ media: 'print' });
    expect((await sizeOf(page, 'svg.radar')).width).toBeGreaterThan(300);
    await screenshot(page, 'assess-print');
  });

  it('compare: one chart row per competency that moved, with a real size', async () => {
    const set = await builtinSet();
    const before = join(work, 'before.json');
    const after = join(work, 'after.json');
    writeFileSync(before, JSON.stringify(variedReport(set, 1, 'Ada')));
    writeFileSync(after, JSON.stringify(variedReport(set, 2, 'Ada')));
    const file = join(work, 'compare.html');
    expect(runCli(['compare', before, after, '-o', file]).status).toBe(0);
    const comparison = comparisonSchema.parse(JSON.parse(runCli(['compare', before, after, '--format', 'json']).stdout));
    const rows = comparison.moved.filter((move) => move.old !== null && move.new !== null).length;
    expect(rows).toBeGreaterThan(0);

    const { page, requests, errors } = await open(file);
    const chart = page.locator('svg.moves');
    expect(await chart.getAttribute('data-rows')).toBe(String(rows));
    expect(await chart.locator('g.move').count()).toBe(rows);
    expect(await chart.locator('circle.new').count()).toBe(rows);
    expect(await page.locator('table.moved tbody tr').count()).toBe(comparison.moved.length);
    const size = await sizeOf(page, 'svg.moves');
    expect(size.width).toBeGreaterThan(300);
    expect(size.height).toBeGreaterThan(rows * 20);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await screenshot(page, 'compare');
  });

  it('team: a heatmap cell for every person and competency, a bar per stage; nothing fetched or logged', async () => {
    const set = await builtinSet();
    const dir = join(work, 'team');
    mkdirSync(dir);
    for (let n = 0; n < 12; n++) writeFileSync(join(dir, `p${n}.json`), JSON.stringify(variedReport(set, n, `engineer ${n}`)));
    const file = join(work, 'team.html');
    expect(runCli(['team', dir, '-o', file]).status).toBe(0);
    const team = teamSchema.parse(JSON.parse(runCli(['team', dir, '--format', 'json']).stdout));

    const { page, requests, errors } = await open(file);
    const heatmap = page.locator('table.heatmap');
    expect(await heatmap.locator('tbody tr').count()).toBe(12);
    expect(await heatmap.locator('tbody td.na, tbody td[class^="l"]').count()).toBe(12 * team.competencies.length);
    expect(await heatmap.locator('thead th abbr').count()).toBe(team.competencies.length);
    const cell = await sizeOf(page, 'table.heatmap tbody td[class^="l"] >> nth=0');
    expect(cell.width).toBeGreaterThan(10);
    expect(cell.height).toBeGreaterThan(10);
    const stages = page.locator('svg.stages');
    expect(await stages.getAttribute('data-bars')).toBe(String(team.stages.length));
    expect(await stages.locator('g.bar').count()).toBe(team.stages.length);
    expect((await sizeOf(page, 'svg.stages')).width).toBeGreaterThan(300);
    // Colour is not the only signal: the level is written in every cell.
    const first = team.people[0]!.levels.find((level) => level !== null)!;
    expect(await heatmap.locator('tbody tr >> nth=0').locator('td[class^="l"] >> nth=0').textContent()).toMatch(new RegExp(`^${first}\\*?$`));
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await screenshot(page, 'team');
  });

  it('team: leads with the stages and the heatmap, which fit a 1280-pixel window without scrolling sideways', async () => {
    const set = await builtinSet();
    const dir = join(work, 'team-wide');
    mkdirSync(dir);
    for (let n = 0; n < 9; n++) writeFileSync(join(dir, `p${n}.json`), JSON.stringify(variedReport(set, n, `Alexandria Ocasio-Lovelace ${n}`)));
    const file = join(work, 'team-wide.html');
    expect(runCli(['team', dir, '-o', file]).status).toBe(0);
    const { page, errors } = await open(file, 1280);
    const sections = await page.locator('main > section').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-labelledby')));
    expect(sections.slice(0, 2)).toEqual(['stages', 'heatmap']);
    const scrollWidth = await page.locator('html').evaluate((root) => root.scrollWidth);
    const wrap = await page.locator('.heatmap-wrap').evaluate((node) => ({ scroll: node.scrollWidth, room: node.clientWidth }));
    const widths = { page: scrollWidth, wrap: wrap.scroll, room: wrap.room };
    expect(widths.page).toBeLessThanOrEqual(1280);
    expect(widths.wrap).toBeLessThanOrEqual(widths.room);
    expect(errors).toEqual([]);
    await screenshot(page, 'team-1280');
  });

  it('team of two: the page says what it held back and shows no person', async () => {
    const set = await builtinSet();
    const dir = join(work, 'team-two');
    mkdirSync(dir);
    for (let n = 0; n < 2; n++) writeFileSync(join(dir, `p${n}.json`), JSON.stringify(variedReport(set, n, `engineer ${n}`)));
    const file = join(work, 'team-two.html');
    expect(runCli(['team', dir, '-o', file]).status).toBe(0);
    const { page } = await open(file);
    expect(await page.locator('p.withheld').textContent()).toContain('fewer than 3 people');
    expect(await page.locator('table.heatmap').count()).toBe(0);
    expect(await page.content()).not.toContain('engineer 0');
  });

  it('refuses and records a request a page would make (the check itself works)', async () => {
    const file = join(work, 'fetches.html');
    writeFileSync(file, '<!doctype html><html lang="en"><head><title>t</title></head><body><img alt="" src="https://example.invalid/x.png"></body></html>');
    const { requests } = await open(file);
    expect(requests).toEqual(['https://example.invalid/x.png']);
    expect(readFileSync(file, 'utf8')).toContain('example.invalid');
  });
});
