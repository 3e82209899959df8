// The frame's sentences: every error, warning and note crossfoot writes on stderr (command line,
// configuration, plugins, input files) and the texts of --help, each in Chinese and in English, in
// one place. Errors carry both (a Text) and the CLI shows the one of --locale; so do outcomes that
// come back from worker threads, which are plain data. Chinese sentences use full-width
// punctuation; option names, file names and rule ids stay as they are. (The words formatters add,
// severity words and summary lines, are in format/coverage-text.ts; the rules' own messages in
// each rule's meta.)
import type { Locale } from './lint.js';

/** One sentence in both languages. */
export interface Text {
  readonly zh: string;
  readonly en: string;
}

/** A Text whose two sentences are the same (an option name, a file name). */
export function same(text: string): Text {
  return { zh: text, en: text };
}

/** A Text with `f` applied to both sentences (a file's path replaced by the name it is shown by). */
export function mapText(text: Text, f: (sentence: string) => string): Text {
  return { zh: f(text.zh), en: f(text.en) };
}

/**
 * An error whose message is a Text: `message` is the English sentence (what the library API's
 * errors have always said), `text` both, for the CLI to show the one of its --locale. A plain
 * string (a caller of the library API making one) stands for both.
 */
export class LocalizedError extends Error {
  readonly text: Text;
  constructor(text: Text | string) {
    const both = typeof text === 'string' ? same(text) : text;
    super(both.en);
    this.text = both;
  }
}

const json = (value: unknown) => JSON.stringify(value);
/** A Chinese phrase after a Chinese word: a space before it when it starts with Latin text (是 PDF 文件, 是网页). */
const spaced = (phrase: string) => (/^[\x21-\x7e]/.test(phrase) ? ` ${phrase}` : phrase);
/** `a、b、c` and `a, b, c`. */
const list = (items: readonly string[]): Text => ({ zh: items.join('、'), en: items.join(', ') });

/** How each stderr line starts. */
export const PREFIX = {
  /** Every line: the program's name. */
  line: { zh: 'crossfoot：', en: 'crossfoot: ' },
  warning: { zh: '警告：', en: 'warning: ' },
  note: { zh: '提示：', en: 'note: ' },
} as const;

/** The command line's own sentences. */
export const CLI = {
  /** After yargs's own error (an unknown option, a missing value). */
  seeHelp: { zh: '用法见 crossfoot --help。', en: 'Run crossfoot --help for usage.' },
  maxWarnings: (value: string): Text => ({
    zh: `--max-warnings 的值 ${json(value)} 无效，应为 0 或正整数（允许的警告数）。`,
    en: `--max-warnings ${json(value)}: expected a whole number of warnings, 0 or more.`,
  }),
  maxFileSize: (value: string): Text => ({
    zh: `--max-file-size 的值 ${json(value)} 无效，应为文件大小，如 50MB。`,
    en: `--max-file-size ${json(value)}: expected a size such as 50MB.`,
  }),
  shard: (value: string): Text => ({
    zh: `--shard 的值 ${json(value)} 无效，应为 i/n（1 ≤ i ≤ n），如 --shard 2/4。`,
    en: `--shard ${json(value)}: expected i/n with 1 ≤ i ≤ n, e.g. --shard 2/4.`,
  }),
  concurrency: (value: string): Text => ({
    zh: `--concurrency 的值 ${json(value)} 无效，应为 auto、off 或线程数。`,
    en: `--concurrency ${json(value)}: expected auto, off or a number of threads.`,
  }),
  stdinWithFiles: {
    zh: '--stdin 从标准输入读取一份报告，不能同时指定文件；请二选一。',
    en: '--stdin reads one report from standard input; name files or use --stdin, not both.',
  },
  stdinWaiting: {
    zh: '正在从标准输入读取报告；输入完毕后按 Ctrl+D 结束（Windows 下按 Ctrl+Z 再按回车）。',
    en: 'reading a report from standard input; end it with Ctrl+D (Ctrl+Z, Enter on Windows).',
  },
  noFiles: {
    zh: '未指定要检查的文件。请给出报告文件或文件夹，或使用 --stdin（见 crossfoot --help）。',
    en: 'no files given. Name report files or folders to lint, or use --stdin (crossfoot --help).',
  },
  skippedUnreadable: (count: number, extensions: string[]): Text => ({
    zh: `已跳过 ${count} 个 crossfoot 无法读取的文件（${list(extensions).zh}）。`,
    en: `skipped ${count} ${count === 1 ? 'file' : 'files'} crossfoot cannot read (${list(extensions).en}).`,
  }),
  outputIsInput: (output: string): Text => ({
    zh: `--output ${output} 是待检查的文件之一；crossfoot 不会写入输入文件。`,
    en: `--output ${output} is one of the files being linted; crossfoot never writes to an input file.`,
  }),
  annotateUsage: {
    zh: '--annotate 只接受一个 .docx 输入文件，输出路径须以 .docx 结尾。',
    en: '--annotate takes exactly one .docx input and an output path ending in .docx.',
  },
  annotateIsInput: (target: string): Text => ({
    zh: `--annotate ${target} 就是输入文件；crossfoot 不会写入输入文件。`,
    en: `--annotate ${target} is the input file; crossfoot never writes to an input file.`,
  }),
  cannotWrite: (file: string, code: string): Text => ({ zh: `无法写入 ${file}（${code}）。`, en: `cannot write ${file} (${code}).` }),
  explainNeedsId: {
    zh: '--explain 需要一个规则名，如 --explain sum-mismatch（crossfoot --list-rules 列出全部规则）。',
    en: '--explain needs a rule id, e.g. --explain sum-mismatch (crossfoot --list-rules lists them).',
  },
  unknownRule: (id: string): Text => ({
    zh: `规则 ${id} 不存在（crossfoot --list-rules 列出全部规则）。`,
    en: `unknown rule "${id}" (crossfoot --list-rules lists them).`,
  }),
  /** The whole line (it is no error of crossfoot's, so it has no `crossfoot:` of its own in English). */
  tooManyWarnings: (max: number): Text => ({
    zh: `crossfoot：警告过多（--max-warnings 允许 ${max} 个）。`,
    en: `crossfoot found too many warnings (maximum: ${max}).`,
  }),
  /** With CROSSFOOT_DEBUG: the stack of an exception on one file. */
  internalErrorIn: (file: string, stack: string): Text => ({ zh: `${file} 内部错误：${stack}`, en: `internal error in ${file}: ${stack}` }),
  workerExited: (code: number): Text => ({ zh: `工作线程意外退出（退出码 ${code}）。`, en: `a worker thread exited with code ${code}` }),
} as const;

/** `where` of a configuration sentence: the config file, or --rule. */
export const WHERE = {
  configFile: (path: string): Text => ({ zh: `配置文件 ${path}`, en: `Config file ${path}` }),
  ruleFlag: same('--rule'),
};

/** Configuration: config files, --rule and rule options. */
export const CONFIG = {
  severity: (where: Text, ruleId: string | undefined, value: unknown): Text => ({
    zh: `${where.zh}：${ruleId === undefined ? '' : `规则 ${ruleId} 的`}级别应为 "off"、"warn" 或 "error"，而不是 ${json(value)}。`,
    en: `${where.en}: ${ruleId === undefined ? '' : `rule "${ruleId}": `}severity must be "off", "warn" or "error", not ${json(value)}.`,
  }),
  rulesNotObject: (where: Text): Text => ({
    zh: `${where.zh}："rules" 应为对象，键为规则名，值为级别。`,
    en: `${where.en}: "rules" must be an object mapping rule ids to severities.`,
  }),
  unknownRule: (where: Text, id: string): Text => ({
    zh: `${where.zh}：规则 ${id} 不存在（crossfoot --list-rules 列出全部规则）。`,
    en: `${where.en}: unknown rule "${id}" (crossfoot --list-rules lists them).`,
  }),
  optionsNotObject: (where: Text, id: string): Text => ({
    zh: `${where.zh}：规则 ${id} 的选项应为对象。`,
    en: `${where.en}: options of rule "${id}" must be an object.`,
  }),
  /** A rule's options do not fit its schema (`problem` from options.ts). */
  options: (where: Text, problem: Text): Text => ({ zh: `${where.zh}：${problem.zh}。`, en: `${where.en}: ${problem.en}.` }),
  unreadable: (path: string): Text => ({ zh: `无法读取配置文件 ${path}。`, en: `Config file ${path} cannot be read.` }),
  invalidJson: (path: string, detail: Text): Text => ({
    zh: `配置文件 ${path} 不是有效的 JSON（${detail.zh}）。`,
    en: `Config file ${path} is not valid JSON (${detail.en}).`,
  }),
  notObject: (path: string): Text => ({ zh: `配置文件 ${path} 的内容应为一个 JSON 对象。`, en: `Config file ${path} must hold a JSON object.` }),
  unknownKey: (path: string, key: string): Text => ({ zh: `配置文件 ${path}：未知的键 "${key}"。`, en: `Config file ${path}: unknown key "${key}".` }),
  pluginsNotList: (path: string): Text => ({
    zh: `配置文件 ${path}："plugins" 应为模块路径或包名的列表。`,
    en: `Config file ${path}: "plugins" must be a list of module paths or package names.`,
  }),
  ruleFlag: (flag: string): Text => ({
    zh: `--rule 的值 ${json(flag)} 无效，应为 规则名:级别，如 --rule sum-mismatch:warn。`,
    en: `--rule ${json(flag)}: expected id:severity, e.g. --rule sum-mismatch:warn.`,
  }),
};

/**
 * Where a JSON text fails to parse, from the parser's message: `第 3 行第 9 列` and the
 * parser's own English message (V8 says `… in JSON at position 40 (line 3 column 9)`).
 */
export function jsonProblem(text: string, message: string): Text {
  if (/Unexpected end of JSON input/.test(message)) return { zh: '内容在结尾处不完整', en: message };
  const position = /at position (\d+)/.exec(message);
  if (!position) return { zh: '有语法错误', en: message };
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return { zh: `第 ${line} 行第 ${column} 列有语法错误`, en: message };
}

/** The type words of option schemas: `must be a number`. */
export const TYPE_WORDS: Record<'number' | 'integer' | 'boolean' | 'string' | 'object' | 'array', Text> = {
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'a whole number' },
  boolean: { zh: 'true 或 false', en: 'true or false' },
  string: { zh: '字符串', en: 'a string' },
  object: { zh: '对象', en: 'an object' },
  array: { zh: '列表', en: 'a list' },
};

/** A rule option's problem: the end of a sentence that starts with where the option was set. */
export const OPTIONS = {
  noSuchOption: (ruleId: string, name: string, known: string[]): Text => ({
    zh: `规则 ${ruleId} 没有选项 "${name}"（${known.length ? `可用选项：${list(known).zh}` : '该规则没有选项'}）`,
    en: `rule "${ruleId}" has no option "${name}" (${known.length ? `its options: ${list(known).en}` : 'it takes no options'})`,
  }),
  mustBe: (ruleId: string, name: string, what: Text, value: unknown): Text => ({
    zh: `规则 ${ruleId} 的选项 "${name}" 应为${spaced(what.zh)}，而不是 ${json(value)}`,
    en: `rule "${ruleId}": option "${name}" must be ${what.en}, not ${json(value)}`,
  }),
  oneOf: (values: readonly unknown[]): Text => ({
    zh: `以下之一：${list(values.map(json)).zh}`,
    en: `one of ${list(values.map(json)).en}`,
  }),
  atLeast: (n: number): Text => ({ zh: `不小于 ${n} 的数`, en: `at least ${n}` }),
  atMost: (n: number): Text => ({ zh: `不大于 ${n} 的数`, en: `at most ${n}` }),
};

/** Plugins named in a config. */
export const PLUGIN = {
  notFound: (specifier: string, configPath: string): Text => ({
    zh: `找不到 ${configPath} 中列出的插件 "${specifier}"。`,
    en: `Plugin "${specifier}" named in ${configPath} cannot be found.`,
  }),
  /** `reason`: Node.js's own message (the plugin's syntax error, a module it imports that is missing), quoted as it is. */
  failedToLoad: (specifier: string, configPath: string, reason: string): Text => ({
    zh: `${configPath} 中列出的插件 "${specifier}" 加载失败：${reason}`,
    en: `Plugin "${specifier}" named in ${configPath} failed to load: ${reason}`,
  }),
  noRules: (specifier: string, configPath: string): Text => ({
    zh: `${configPath} 中列出的插件 "${specifier}" 应导出用 defineRule 定义的规则（作为默认导出或 "rules" 导出）。`,
    en: `Plugin "${specifier}" named in ${configPath} must export rules made with defineRule (as default, or as "rules").`,
  }),
};

/** Human-readable size: `6.9 KB`, `120 字节`. */
export function sizeText(bytes: number): Text {
  if (bytes >= 1024 ** 3) return same(`${(bytes / 1024 ** 3).toFixed(1)} GB`);
  if (bytes >= 1024 * 1024) return same(`${(bytes / 1024 / 1024).toFixed(1)} MB`);
  if (bytes >= 1024) return same(`${(bytes / 1024).toFixed(1)} KB`);
  return { zh: `${bytes} 字节`, en: `${bytes} bytes` };
}

/** Input: paths, folders, patterns and files crossfoot cannot read. `name` is the file as shown. */
export const INPUT = {
  missing: (path: string): Text => ({ zh: `找不到文件 ${path}。`, en: `${path} does not exist.` }),
  permission: (path: string): Text => ({ zh: `无法读取 ${path}：没有读取权限。`, en: `${path} cannot be read: permission denied.` }),
  isDirectory: (path: string): Text => ({ zh: `${path} 是文件夹，其中没有报告文件。`, en: `${path} is a directory with no report files in it.` }),
  unreadablePath: (path: string, code: string): Text => ({ zh: `无法读取 ${path}（${code}）。`, en: `${path} cannot be read (${code}).` }),
  noReportsIn: (path: string, extensions: readonly string[]): Text => ({
    zh: `文件夹 ${path} 中没有报告文件（${list(extensions).zh}）。`,
    en: `${path} is a directory with no report files (${list(extensions).en}) in it.`,
  }),
  noMatch: (pattern: string): Text => ({ zh: `没有与 ${pattern} 匹配的报告文件。`, en: `No report files match the pattern ${pattern}.` }),
  empty: (name: string): Text => ({ zh: `${name} 为空，没有可检查的内容。`, en: `${name} is empty: there is nothing to lint.` }),
  tooLarge: (path: string, size: number, limit: number): Text => ({
    zh: `${path} 大小为 ${sizeText(size).zh}，超过 ${sizeText(limit).zh} 的上限（--max-file-size），已跳过。`,
    en: `${path} is ${sizeText(size).en}, over the ${sizeText(limit).en} limit (--max-file-size); it was skipped.`,
  }),
  outOfMemory: (name: string, limit: number): Text => ({
    zh: `${name} 检查所需内存超出 Node.js 的堆内存上限（${sizeText(limit).zh}），已跳过。可用 NODE_OPTIONS=--max-old-space-size=<兆字节数> 提高上限，或把文件拆分后再检查。`,
    en: `${name} needs more memory to lint than Node.js's heap limit (${sizeText(limit).en}) allows; it was skipped. Raise the limit with NODE_OPTIONS=--max-old-space-size=<megabytes>, or split the file.`,
  }),
  /** A format crossfoot cannot read (formats.ts has each one's name and the advice). */
  unreadableFormat: (path: string, label: Text, advice: Text): Text => ({
    zh: `${path} 是${spaced(label.zh)}，crossfoot 无法读取：请${advice.zh}${/[\x21-\x7e]$/.test(advice.zh) ? ' ' : ''}后再检查。`,
    en: `${path} is ${label.en}, which crossfoot cannot read: ${advice.en}, then lint that file.`,
  }),
  // Text files.
  badBom: (name: string, encoding: 'UTF-8' | 'UTF-16'): Text => ({
    zh: `${name} 以 ${encoding} 字节顺序标记开头，但内容不是有效的 ${encoding}。`,
    en: `${name} starts with a ${encoding} byte order mark but is not valid ${encoding}.`,
  }),
  binary: (name: string, kind?: string): Text => ({
    zh: `${name} 是二进制文件${kind ? `（${kind}）` : ''}，不是文本报告。`,
    en: `${name} is a binary file${kind ? ` (${kind})` : ''}, not a text report.`,
  }),
  binaryNul: (name: string): Text => ({
    zh: `${name} 是二进制文件（含有 NUL 字节），不是文本报告。`,
    en: `${name} is a binary file (it contains NUL bytes), not a text report.`,
  }),
  undecodable: (name: string): Text => ({ zh: `${name} 不是有效的 UTF-8、UTF-16 或 GB18030 文本。`, en: `${name} is not valid UTF-8, UTF-16 or GB18030 text.` }),
  // Web pages.
  notWebPage: (name: string, kind: Text): Text => ({ zh: `${name} 不是网页，而是${spaced(kind.zh)}。`, en: `${name} is not a web page: it is ${kind.en}.` }),
  notWebPageNul: (name: string): Text => ({
    zh: `${name} 不是网页，而是二进制文件（含有 NUL 字节）。`,
    en: `${name} is not a web page: it is a binary file (it contains NUL bytes).`,
  }),
  htmlUndecodable: (name: string, charset: string | undefined): Text =>
    charset
      ? { zh: `${name} 无法解码：内容既不符合其声明的字符集（${charset}），也不是有效的 UTF-8 或 GB18030。`, en: `${name} cannot be decoded: it is not valid text in its declared charset (${charset}), UTF-8 or GB18030.` }
      : { zh: `${name} 无法解码：内容不是有效的 UTF-8 或 GB18030 文本。`, en: `${name} cannot be decoded: it is not valid UTF-8 or GB18030 text.` },
  // Word documents.
  docxUnzip: (name: string): Text => ({ zh: `${name} 不是有效的 .docx 文件（无法解压）。`, en: `${name} is not a valid .docx file (it cannot be unzipped).` }),
  docxNoDocument: (name: string): Text => ({ zh: `${name} 不是 Word 文档（缺少 word/document.xml）。`, en: `${name} is not a Word document (it has no word/document.xml).` }),
  docxNoBody: (name: string): Text => ({ zh: `${name} 不是 Word 文档（没有正文）。`, en: `${name} is not a Word document (it has no body).` }),
  docOther: (name: string, kind: Text): Text => ({ zh: `${name} 不是 Word .doc 文件，而是${spaced(kind.zh)}。`, en: `${name} is not a Word .doc file: it is ${kind.en}.` }),
  docNoOle: (name: string): Text => ({
    zh: `${name} 不是 Word .doc 文件（开头没有 OLE 文件标识）。`,
    en: `${name} is not a Word .doc file (it does not start with the OLE signature).`,
  }),
  docDamaged: (name: string): Text => ({
    zh: `${name} 是已损坏或不受支持的 Word .doc 文件，无法读取其中的文字。`,
    en: `${name} is a damaged or unsupported Word .doc file: its text cannot be read.`,
  }),
  // PDF.
  notPdf: (name: string, looksHtml: boolean): Text => ({
    zh: `${name} 不是 PDF 文件（开头没有 %PDF-${looksHtml ? '，看来是以 .pdf 为扩展名保存的网页' : ''}）。`,
    en: `${name} is not a PDF file (it does not start with %PDF-${looksHtml ? '; it looks like HTML saved under a .pdf name' : ''}).`,
  }),
  pdfTooLong: (name: string, pages: number, limit: number): Text => ({
    zh: `${name} 共 ${pages} 页，超过 crossfoot 对单个 PDF 的 ${limit} 页上限。`,
    en: `${name} has ${pages} pages, over the limit of ${limit} pages crossfoot reads from one PDF.`,
  }),
  pdfBadPage: (name: string, page: number): Text => ({
    zh: `${name} 不是有效的 PDF 文件：第 ${page} 页无法读取（文件已损坏或不完整）。`,
    en: `${name} is not a valid PDF file: page ${page} cannot be read (the file is damaged or truncated).`,
  }),
  pdfNoText: (name: string): Text => ({
    zh: `${name} 没有文字层（可能是扫描件），请先做文字识别（OCR）。`,
    en: `${name} has no text layer (a scanned document?); run OCR on it first.`,
  }),
  pdfEncrypted: (name: string): Text => ({
    zh: `${name} 设有打开密码，crossfoot 无法读取（请先另存一份不加密的副本）。`,
    en: `${name} is encrypted with a password; crossfoot cannot read it (save an unprotected copy first).`,
  }),
  pdfDamaged: (name: string): Text => ({ zh: `${name} 不是有效的 PDF 文件（文件已损坏或不完整）。`, en: `${name} is not a valid PDF file (it is damaged or truncated).` }),
  // Excel workbooks.
  xlsxEncrypted: (name: string): Text => ({
    zh: `${name} 设有密码保护：请在 Excel 中打开，另存一份不加密的副本后再检查。`,
    en: `${name} is encrypted (password-protected): open it in Excel, save a copy without a password, and lint that.`,
  }),
  xlsxIsXls: (name: string): Text => ({
    zh: `${name} 是以 .xlsx 扩展名保存的 Excel 97–2003（.xls）工作簿，不是 .xlsx 文件。`,
    en: `${name} is an Excel 97–2003 (.xls) workbook saved with the .xlsx extension, not an .xlsx file.`,
  }),
  xlsxNotZip: (name: string): Text => ({ zh: `${name} 不是 .xlsx 工作簿（不是 zip 压缩包）。`, en: `${name} is not an .xlsx workbook (it is not a zip package).` }),
  xlsxUnzip: (name: string): Text => ({
    zh: `${name} 不是有效的 .xlsx 文件（无法解压，可能不完整或已损坏）。`,
    en: `${name} is not a valid .xlsx file (it cannot be unzipped: it may be truncated or damaged).`,
  }),
  xlsxNoWorkbook: (name: string): Text => ({ zh: `${name} 不是 Excel 工作簿（缺少 xl/workbook.xml）。`, en: `${name} is not an Excel workbook (it has no xl/workbook.xml).` }),
  xlsxBomb: (name: string, megabytes: number): Text => ({
    zh: `${name} 疑似 zip 炸弹：解压后超过 ${megabytes} MB 或压缩比异常，未予解压。`,
    en: `${name} looks like a zip bomb: its contents inflate to more than ${megabytes} MB or at an implausible ratio, so it was not unpacked.`,
  }),
  xlsxCompression: (name: string): Text => ({
    zh: `${name} 不是有效的 .xlsx 文件（其中有条目使用了未知的压缩方式）。`,
    en: `${name} is not a valid .xlsx file (an entry of it uses an unknown compression).`,
  }),
  xlsxInflate: (name: string): Text => ({
    zh: `${name} 不是有效的 .xlsx 文件（其中有条目无法解压，可能不完整或已损坏）。`,
    en: `${name} is not a valid .xlsx file (an entry of it cannot be inflated: it may be truncated or damaged).`,
  }),
  /** `reason`: exceljs's own message, quoted as it is. */
  xlsxUnreadable: (name: string, reason: string): Text => ({
    zh: `${name} 无法作为 Excel 工作簿读取（${reason}）。`,
    en: `${name} cannot be read as an Excel workbook (${reason}).`,
  }),
  /** A sheet over a limit: `what` from SHEET_LIMITS. */
  sheetTooLarge: (name: string, sheet: string, what: Text): Text => ({
    zh: `${name} 过大，无法读取：工作表 ${sheet} ${what.zh}。`,
    en: `${name} is too large to read: sheet ${sheet} has ${what.en}.`,
  }),
};

/** `1,048,576` */
const count = (n: number) => n.toLocaleString('en-US');

/** What a sheet has too much of (the end of INPUT.sheetTooLarge). */
export const SHEET_LIMITS = {
  filledCells: (n: number): Text => ({ zh: `有超过 ${count(n)} 个非空单元格`, en: `more than ${count(n)} filled cells` }),
  cells: (n: number): Text => ({ zh: `有超过 ${count(n)} 个单元格（大多为空）`, en: `more than ${count(n)} cells, most of them empty` }),
  rows: (n: number): Text => ({ zh: `有超过 ${count(n)} 行`, en: `more than ${count(n)} rows` }),
  merges: (n: number): Text => ({ zh: `有超过 ${count(n)} 个合并区域`, en: `more than ${count(n)} merged ranges` }),
  mergedCells: (n: number): Text => ({ zh: `的合并区域覆盖超过 ${count(n)} 个单元格`, en: `merged ranges covering more than ${count(n)} cells` }),
  columns: (width: number, limit: number): Text => ({
    zh: `的内容跨 ${count(width)} 列，超过 ${count(limit)} 列的上限`,
    en: `content across ${count(width)} columns, over the limit of ${count(limit)}`,
  }),
  grid: (rows: number, width: number, limit: number): Text => ({
    zh: `的内容达 ${count(rows)} 行 × ${count(width)} 列，超过 ${count(limit)} 个单元格的上限`,
    en: `content over ${count(rows)} rows × ${count(width)} columns, over the limit of ${count(limit)} cells`,
  }),
};

/** --help: the usage line, each option's description and the examples. */
export const HELP = {
  usage: {
    zh: '用法：$0 [文件、文件夹或通配符…] [选项]\n\n检查预算绩效自评报告中的数字：合计与分项、占比、执行率、增减幅度、得分等是否相符。',
    en: 'Usage: $0 [files, folders or globs…] [options]\n\nChecks the figures in budget-performance self-evaluation reports: totals and their parts, shares, rates, growth, scores.',
  },
  options: {
    format: { zh: '输出格式', en: 'Output format' },
    output: { zh: '把结果写入此文件，而不是输出到屏幕', en: 'Write the report to a file instead of stdout' },
    config: { zh: '使用此配置文件（不再查找其他配置文件）', en: 'Use this config file (no lookup)' },
    'config-lookup': { zh: '从每个文件所在文件夹向上查找配置文件（--no-config-lookup 不查找）', en: 'Look for config files upward from each file (--no-config-lookup to skip)' },
    rule: { zh: '设置规则级别：规则名:off|warn|error（可重复使用）', en: 'Set a rule severity: id:off|warn|error (repeatable)' },
    stdin: { zh: '从标准输入读取报告', en: 'Lint text from standard input' },
    'stdin-filename': { zh: '标准输入的报告所显示的文件名', en: 'File name to show for standard input' },
    quiet: { zh: '只报告错误，不报告警告', en: 'Report errors only' },
    'max-warnings': { zh: '警告数超过此值时以退出码 1 结束（0 或正整数）', en: 'Exit 1 when there are more warnings than this (a whole number, 0 or more)' },
    color: { zh: '强制开启或关闭彩色输出（默认：终端中开启，设置了 NO_COLOR 时关闭）', en: 'Force colour on or off (default: on for a terminal, off with NO_COLOR)' },
    locale: { zh: '提示语言：zh 中文，en 英文', en: 'Message language: zh Chinese, en English' },
    'max-file-size': { zh: '跳过大于此大小的文件（并给出警告）', en: 'Skip (with a warning) files larger than this' },
    concurrency: { zh: '用工作线程并行检查：线程数、auto（文件足够多时才启用）或 off', en: 'Lint on worker threads: a number, auto (when the batch is large enough to pay for them) or off' },
    cache: { zh: '复用未改动文件的检查结果（按内容、版本和配置判断）', en: 'Reuse results of unchanged files (content, version and config)' },
    'cache-location': { zh: '--cache 保存结果的位置', en: 'Where --cache keeps its results' },
    shard: { zh: '只检查 n 份中的第 i 份（i/n），按路径的稳定哈希分配文件', en: 'Lint only shard i of n (i/n), files assigned by a stable hash of their path' },
    'print-text': { zh: '显示 crossfoot 读到的文字（.docx 转为 Markdown，即问题所指的行）后退出', en: 'Print the text crossfoot reads (a .docx as Markdown: the lines findings refer to) and exit' },
    annotate: { zh: '仅限一个 .docx 输入：另存一份在每处问题上加了 Word 批注的副本到此文件', en: 'With one .docx input: write a copy with a Word comment on each finding to this file' },
    lsp: { zh: '作为语言服务器运行（通过标准输入输出）', en: 'Run as a language server on stdin/stdout' },
    stdio: { zh: '与 --lsp 一起使用（编辑器会传入）', en: 'Accepted with --lsp (editors pass it)' },
    explain: { zh: '显示规则说明（检查什么、为什么、示例）后退出', en: "Print a rule's documentation (what, why, examples) and exit" },
    'list-rules': { zh: '列出全部规则及其默认级别后退出', en: 'List the rules with their default severity and exit' },
    help: { zh: '显示帮助信息', en: 'Show help' },
    version: { zh: '显示版本号', en: 'Show version number' },
  } satisfies Record<string, Text>,
  /** Each example: the command and what it does. */
  examples: [
    { zh: ['$0 自评报告.docx', '检查一份报告'], en: ['$0 report.docx', 'Lint one report'] },
    { zh: ['$0 报告/ --max-warnings 0', '检查文件夹中的全部报告，有警告即不通过（持续集成用）'], en: ['$0 reports/ --max-warnings 0', 'Lint every report in a folder; fail on any warning too (for CI)'] },
    { zh: ['$0 报告/ -f sarif -o out.sarif', '把结果写成 SARIF 文件（供代码扫描使用）'], en: ['$0 reports/ -f sarif -o out.sarif', 'Write the results as SARIF (for code scanning)'] },
    { zh: ['$0 自评报告.docx --annotate 批注.docx', '另存一份在每处问题上加了 Word 批注的副本'], en: ['$0 report.docx --annotate annotated.docx', 'Save a copy with a Word comment on each finding'] },
    { zh: ['$0 自评报告.pdf --print-text', '显示 crossfoot 读到的文字（问题的行号以此为准）'], en: ['$0 report.pdf --print-text', 'Show the text crossfoot reads from the file (the lines findings refer to)'] },
    { zh: ['$0 --explain sum-mismatch', '查看一条规则的说明'], en: ['$0 --explain sum-mismatch', "Show a rule's documentation"] },
  ] satisfies Array<Record<Locale, [string, string]>>,
};

/**
 * yargs's own words in Chinese (its headings, type names, and errors: an unknown option, a value
 * not among the choices, a missing value). Given in full rather than taken from yargs's zh_CN
 * locale file, which the CLI bundle does not carry and which mixes in English and half-width
 * punctuation.
 */
export const YARGS_ZH: Record<string, string | { one: string; other: string }> = {
  'Commands:': '命令：',
  'Options:': '选项：',
  'Examples:': '示例：',
  'Positionals:': '位置参数：',
  boolean: '布尔值',
  count: '计数',
  string: '字符串',
  number: '数字',
  array: '数组',
  required: '必需',
  default: '默认值',
  // yargs writes a space after these: `[默认为 "stylish"]`.
  'default:': '默认为',
  'choices:': '可选值为',
  'aliases:': '别名为',
  'generated-value': '生成的值',
  command: '命令',
  deprecated: '已弃用',
  'deprecated: %s': '已弃用：%s',
  'Not enough non-option arguments: got %s, need at least %s': { one: '参数不足：给出了 %s 个，至少需要 %s 个', other: '参数不足：给出了 %s 个，至少需要 %s 个' },
  'Too many non-option arguments: got %s, maximum of %s': { one: '参数过多：给出了 %s 个，最多 %s 个', other: '参数过多：给出了 %s 个，最多 %s 个' },
  'Missing argument value: %s': { one: '选项缺少值：%s', other: '选项缺少值：%s' },
  'Missing required argument: %s': { one: '缺少必需的选项：%s', other: '缺少必需的选项：%s' },
  'Unknown argument: %s': { one: '未知选项：%s', other: '未知选项：%s' },
  'Unknown command: %s': { one: '未知命令：%s', other: '未知命令：%s' },
  'Invalid values:': '选项值无效：',
  'Argument: %s, Given: %s, Choices: %s': '选项 %s 的值为 %s，可选值为 %s',
  'Argument check failed: %s': '选项检查未通过：%s',
  'Implications failed:': '缺少相关选项：',
  'Not enough arguments following: %s': '选项 %s 后面缺少值',
  'Invalid JSON config file: %s': '无效的 JSON 配置文件：%s',
  'Path to JSON config file': 'JSON 配置文件的路径',
  'Show help': '显示帮助信息',
  'Show version number': '显示版本号',
  'Did you mean %s?': '是否想输入 %s？',
  'Arguments %s and %s are mutually exclusive': '选项 %s 和 %s 不能同时使用',
};

/** The locale of a command line, read before it is parsed (--help is written while parsing): the last --locale, Chinese unless it says en. */
export function localeOf(argv: readonly string[]): Locale {
  let locale: Locale = 'zh';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--locale' ? argv[i + 1] : arg.startsWith('--locale=') ? arg.slice('--locale='.length) : undefined;
    if (value !== undefined) locale = value === 'en' ? 'en' : 'zh';
  }
  return locale;
}
