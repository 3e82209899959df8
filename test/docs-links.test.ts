// No dead links in the documentation: every relative link in README.md, README.en.md and
// docs/**/*.md names a file of the repository (and, with #anchor, a heading of that file), and no
// link points at a package-registry page (crossfoot is not published on one).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Heading, Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

const documents = [join(root, 'README.md'), join(root, 'README.en.md'), ...markdownFiles(join(root, 'docs'))];

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit);
}

function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? node.children.map((child) => plainText(child as Nodes)).join('') : '';
}

/** Every link, image and link definition target of a Markdown file. */
function links(path: string): string[] {
  const found: string[] = [];
  walk(parse(readFileSync(path, 'utf8')), (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') found.push(node.url);
  });
  return found;
}

/** The anchors GitHub gives a Markdown file's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function headingAnchors(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  walk(parse(text), (node) => {
    if (node.type !== 'heading') return;
    const slug = plainText(node as Heading).trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count ? `${slug}-${count}` : slug);
  });
  return anchors;
}

describe('headingAnchors', () => {
  it('follows GitHub: punctuation (full-width too) dropped, spaces as hyphens, repeats numbered', () => {
    const anchors = headingAnchors('# For the reviewer: a gate in CI\n\n## 财务人员：提交前自查\n\n## `--lsp` and more\n\n## Rules\n\n## Rules\n');
    expect([...anchors]).toEqual(['for-the-reviewer-a-gate-in-ci', '财务人员提交前自查', '--lsp-and-more', 'rules', 'rules-1']);
  });
});

describe.each(documents.map((path) => [relative(root, path), path]))('%s', (_name, path) => {
  it('links only to files and headings that exist, and to no registry page', () => {
    const dead: string[] = [];
    for (const url of links(path)) {
      if (/npmjs\.(com|org)/i.test(url)) {
        dead.push(`${url} (crossfoot is not published on npm)`);
        continue;
      }
      if (/^[a-z][a-z0-9+.-]*:/i.test(url)) continue;
      const [file = '', anchor] = url.split('#');
      const target = file ? join(dirname(path), decodeURIComponent(file)) : path;
      if (!existsSync(target)) {
        dead.push(`${url} (no such file)`);
        continue;
      }
      if (anchor === undefined) continue;
      if (statSync(target).isDirectory() || !target.endsWith('.md')) dead.push(`${url} (an anchor into something that is not a Markdown file)`);
      else if (!headingAnchors(readFileSync(target, 'utf8')).has(decodeURIComponent(anchor))) dead.push(`${url} (no such heading)`);
    }
    expect(dead).toEqual([]);
  });
});

it('checks both READMEs and the maintainer pages', () => {
  const names = documents.map((path) => relative(root, path));
  expect(names).toEqual(expect.arrayContaining(['README.md', 'README.en.md', 'docs/how-it-works.md', 'docs/speed.md', 'docs/rules/README.md']));
});
