// The review page in a real browser: Debian's Chromium, headless, driven by playwright-core. Opens a
// seed's page from file://, checks the counts, walks the keyboard path to the first finding, and
// takes a screenshot. Skipped (with a message) only off CI when /usr/bin/chromium is missing.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { CoverageStats } from '../src/coverage.js';
import { runCli } from './run-cli.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && !process.env.CI) console.warn(`browser test skipped: ${CHROMIUM} is missing (apt-get install chromium); in CI it runs`);

/** Distinct colours of an 8-bit RGB or RGBA PNG, counting at most `limit`. */
function pngColours(png: Buffer, limit = 1000): number {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const channels = png[25] === 6 ? 4 : 3;
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const data = inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  let previous = Buffer.alloc(stride);
  const colours = new Set<number>();
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)]!;
    const row = Buffer.from(data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? row[x - channels]! : 0;
      const b = previous[x]!;
      const c = x >= channels ? previous[x - channels]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const add = [0, a, b, (a + b) >> 1, paeth][filter]!;
      row[x] = (row[x]! + add) & 0xff;
    }
    for (let x = 0; x < stride && colours.size < limit; x += channels) colours.add((row[x]! << 16) | (row[x + 1]! << 8) | row[x + 2]!);
    previous = row;
  }
  return colours.size;
}

describe.skipIf(!available && !process.env.CI)('the review page in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crossfoot-browser-'));
  const seed = 'fixtures/seed-002-luquan-2025.md';
  let context: BrowserContext | undefined;
  afterAll(async () => {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the JSON stats, takes a finding from the keyboard to its figures, and draws a page', async () => {
    const page = join(dir, 'review.html');
    expect(runCli([seed, '-f', 'html', '-o', page]).code).toBe(1);
    const [json] = JSON.parse(runCli([seed, '-f', 'json']).stdout) as Array<{ stats: CoverageStats }>;
    // The page asks for nothing over the network.
    expect(readFileSync(page, 'utf8')).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);

    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 800 },
    });
    const tab = context.pages()[0] ?? (await context.newPage());
    await tab.goto(pathToFileURL(page).href);

    // The counts shown are the JSON stats.
    const shown = await tab.$$eval('[data-stat]', (cells) => Object.fromEntries(cells.map((c) => [c.getAttribute('data-stat'), Number(c.textContent)])));
    const { figures, relations, held, failed, skipped, unrelatedFigures } = json!.stats;
    expect(shown).toEqual({ figures, relations, held, failed, skipped, unrelatedFigures });
    expect(failed).toBe(1);

    // Tab reaches the first finding before anything else that takes focus; Enter takes it to its figure.
    await tab.keyboard.press('Tab');
    const focused = await tab.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      return { first: active === document.querySelector('button.fd'), text: active.textContent };
    });
    expect(focused).toEqual({ first: true, text: expect.stringContaining('17:69') });
    const before = await tab.evaluate(() => window.scrollY);
    await tab.keyboard.press('Enter');
    const state = await tab.evaluate(() => {
      const button = document.querySelector('button.fd')!;
      const target = document.getElementById(button.getAttribute('data-target')!)!;
      const box = target.getBoundingClientRect();
      const related = (button.getAttribute('data-related') ?? '').split(' ').map((id) => document.getElementById(id)!);
      return {
        inView: box.top >= 0 && box.bottom <= window.innerHeight,
        scrollY: window.scrollY,
        target: [target.textContent, target.classList.contains('target')],
        related: related.map((r) => [r.textContent, r.classList.contains('related')]),
        lit: document.querySelectorAll('mark.target, mark.related').length,
        tip: target.getAttribute('data-tip'),
      };
    });
    expect(state.inView).toBe(true);
    expect(state.scrollY).toBeGreaterThan(before);
    // 28.9% of 61.57 ÷ 213.74 is wrong: the share is the target, the part and the whole its related figures.
    expect(state.target).toEqual(['28.9%', true]);
    expect(state.related).toEqual([
      ['61.57万元', true],
      ['213.74万元', true],
    ]);
    expect(state.lit).toBe(3);
    expect(state.tip).toContain('28.9% = 61.57 ÷ 213.74');

    // A screenshot that is not blank: a page of text, marks and a bar has many colours.
    const png = await tab.screenshot();
    expect(png.length).toBeGreaterThan(20_000);
    expect(pngColours(png)).toBeGreaterThan(50);
  }, 120_000);
});
