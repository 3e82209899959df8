// The words formatters add around the findings (severity words, the problems line, the coverage
// summary, the review page's labels), in one place per language.
import type { CoverageStats } from '../coverage.js';
import type { Locale } from '../lint.js';
import type { SkipReason } from '../model.js';

/** Labels of the HTML review page and the summary line, by locale. */
export interface CoverageWords {
  title: string;
  figures: string;
  relations: string;
  held: string;
  failed: string;
  skipped: string;
  unrelated: string;
  findings: string;
  noFindings: string;
  error: string;
  warning: string;
  legend: string;
  reasons: Record<SkipReason, string>;
  kinds: Record<'held' | 'failed' | 'skipped', string>;
  /** A figure another figure was checked against, in a relation that fails. */
  part: string;
  /** One line saying what was checked in `files` files. */
  summary(stats: CoverageStats, files: number): string;
  /** The stylish format's problems line: `✖ 4 problems (3 errors, 1 warning)`. */
  problems(errors: number, warnings: number): string;
  /** The unix format's count line: `4 problems`. */
  problemCount(count: number): string;
  /** A remark in parentheses after a word: `（错误）`, ` (error)`. */
  parenthesis(text: string): string;
  /** Between the items of a list: `，`, `, `. */
  separator: string;
}

const ZH: CoverageWords = {
  title: '数字核对结果',
  figures: '读取数字',
  relations: '数量关系',
  held: '相符',
  failed: '不符',
  skipped: '跳过',
  unrelated: '未参与核对的数字',
  findings: '发现的问题',
  noFindings: '未发现问题',
  error: '错误',
  warning: '警告',
  legend: '图例',
  reasons: { 'competing-readings': '有两种读法', 'ambiguous-table-row': '表格行对不齐表头', 'rule-off': '规则已关闭', disabled: '已用注释忽略' },
  kinds: { held: '核对相符', failed: '核对不符', skipped: '有歧义，未核对' },
  part: '参与了不符的核对',
  summary(stats, files) {
    const where = files === 1 ? '' : `${files} 个文件中`;
    if (stats.relations === 0) {
      return stats.figures === 0
        ? `未找到数量关系——crossfoot 在${where || '文件中'}没有读到可核对的数字`
        : `未找到数量关系——crossfoot 读到 ${stats.figures} 个数字，但没有可核对的关系`;
    }
    const parts = [`${stats.held} 处相符`];
    if (stats.failed) parts.push(`${stats.failed} 处不符`);
    if (stats.skipped) parts.push(`${stats.skipped} 处跳过（${reasonList(stats, ZH, '，')}）`);
    return `${stats.failed ? '✖' : '✔'} 核对了${where ? ` ${where}` : ''} ${stats.checked} 处数量关系：${parts.join('，')}`;
  },
  problems: (errors, warnings) => `✖ ${errors + warnings} 个问题（${errors} 个错误，${warnings} 个警告）`,
  problemCount: (count) => `${count} 个问题`,
  parenthesis: (text) => `（${text}）`,
  separator: '，',
};

const EN: CoverageWords = {
  title: 'Figures checked',
  figures: 'figures read',
  relations: 'relations',
  held: 'hold',
  failed: 'fail',
  skipped: 'skipped',
  unrelated: 'figures in no relation',
  findings: 'Findings',
  noFindings: 'No findings',
  error: 'error',
  warning: 'warning',
  legend: 'Legend',
  reasons: { 'competing-readings': 'two readings compete', 'ambiguous-table-row': 'table row fits its header two ways', 'rule-off': 'rule turned off', disabled: 'silenced by a comment' },
  kinds: { held: 'holds', failed: 'fails', skipped: 'ambiguous, not checked' },
  part: 'checked in a relation that fails',
  summary(stats, files) {
    const where = `in ${files} file${files === 1 ? '' : 's'}`;
    if (stats.relations === 0) {
      return stats.figures === 0
        ? `no relations found ${where} — crossfoot read no figures it could check`
        : `no relations found ${where} — crossfoot read ${stats.figures} figure${stats.figures === 1 ? '' : 's'} but no relation between them it could check`;
    }
    const parts = [`${stats.held} hold`];
    if (stats.failed) parts.push(`${stats.failed} fail`);
    if (stats.skipped) parts.push(`${stats.skipped} skipped (${reasonList(stats, EN, ', ')})`);
    return `${stats.failed ? '✖' : '✔'} ${stats.checked} relation${stats.checked === 1 ? '' : 's'} checked ${where}, ${parts.join(', ')}`;
  },
  problems: (errors, warnings) => `✖ ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`,
  problemCount: (count) => plural(count, 'problem'),
  parenthesis: (text) => ` (${text})`,
  separator: ', ',
};

/** `1 problem`, `2 problems`. */
function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function reasonList(stats: CoverageStats, words: CoverageWords, separator: string): string {
  return (Object.entries(stats.skippedBy) as Array<[SkipReason, number]>).map(([reason, n]) => `${words.reasons[reason]} ${n}`).join(separator);
}

/** The coverage words of a locale (Chinese by default). */
export function coverageWords(locale: Locale = 'zh'): CoverageWords {
  return locale === 'en' ? EN : ZH;
}
