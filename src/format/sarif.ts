// SARIF 2.1.0 for code-scanning dashboards: rule metadata with help URIs, UTF-16 columns.
import type { LintResult, MessageRange } from '../lint.js';
import type { FormatOptions } from './index.js';
import { sumStats } from '../coverage.js';

/** A file path as a SARIF URI reference (forward slashes, percent-encoded). */
function toUri(path: string): string {
  return encodeURI(path.replace(/\\/g, '/'));
}

/** SARIF 2.1.0 with one run. */
export function formatSarif(results: LintResult[], options: FormatOptions): string {
  const help = (id: string) => {
    const page = options.ruleHelp?.(id);
    return page ? { help: { text: page, markdown: page } } : {};
  };
  const rules = options.rules ?? [];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const region = (m: MessageRange) => ({
    startLine: m.line,
    startColumn: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'crossfoot',
            version: options.version ?? '0.0.0',
            ...(options.docsUrl ? { informationUri: options.docsUrl } : {}),
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              fullDescription: { text: r.rationale },
              ...(options.docsUrl ? { helpUri: `${options.docsUrl.replace(/\/$/, '')}/${r.id}.md` } : {}),
              ...help(r.id),
              defaultConfiguration: { level: r.severity === 'error' ? 'error' : 'warning' },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        // What was checked: the run's coverage stats summed over its files, and each file's own.
        properties: { stats: sumStats(results.map((r) => r.stats)), files: results.length },
        artifacts: results.map((r) => ({ location: { uri: toUri(r.filePath) }, ...(r.stats ? { properties: { stats: r.stats } } : {}) })),
        results: results.flatMap((r, artifactIndex) =>
          r.messages.map((m) => ({
            ruleId: m.ruleId,
            ...(index.has(m.ruleId) ? { ruleIndex: index.get(m.ruleId)! } : {}),
            level: m.severity === 2 ? 'error' : 'warning',
            message: { text: m.message },
            locations: [
              {
                physicalLocation: { artifactLocation: { uri: toUri(r.filePath), index: artifactIndex }, region: region(m) },
                // The place in the original file (a PDF's page, a workbook's sheet and cell); the region is in the text read from it.
                ...(typeof m.data?.source === 'string' ? { properties: sourceProperties(m.data) } : {}),
              },
            ],
            ...(m.related?.length
              ? {
                  relatedLocations: m.related.map((rel, id) => ({
                    id,
                    physicalLocation: { artifactLocation: { uri: toUri(r.filePath), index: artifactIndex }, region: region(rel) },
                    ...(rel.message ? { message: { text: rel.message } } : {}),
                  })),
                }
              : {}),
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}

/** A location's properties naming its place in the original file. */
function sourceProperties(data: NonNullable<LintResult['messages'][number]['data']>): Record<string, string | number> {
  const out: Record<string, string | number> = { source: data.source! };
  for (const key of ['sourcePage', 'sourceSheet', 'sourceCell'] as const) if (data[key] !== undefined) out[key] = data[key]!;
  return out;
}
