// The rule contract: defineRule({meta, check}); a rule yields findings that point at figures' spans.
import { showFigure } from './arith.js';
import type { Figure, ReportModel, Span } from './model.js';
import type { OptionsSchema } from './options.js';

/** Configured severity of a rule. */
export type Severity = 'off' | 'warn' | 'error';

/** Placeholder values for message templates. */
export type MessageData = Record<string, string | number | undefined>;

/** A replacement a user may apply (never applied automatically). */
export interface RuleSuggestion {
  /** What the replacement does, Chinese. */
  desc: string;
  /** The span to replace and the new text. */
  span: Span;
  text: string;
}

/** Another place involved in a finding (the parts of a sum). */
export interface RelatedSpan {
  span: Span;
  /** Short label: the part's text. */
  message?: string;
}

/** A figure as a related place of a finding: where it stands, with its label and value. */
export function relatedFigure(figure: Figure): RelatedSpan {
  return { span: figure.span, message: `${figure.label}${showFigure(figure)}` };
}

/** What a rule's check yields. */
export interface RuleFinding {
  messageId: string;
  data?: MessageData;
  /** Where the finding points: the figure that is wrong. */
  at: Span;
  related?: RelatedSpan[];
  suggestions?: RuleSuggestion[];
  /** Lower the severity to a warning (e.g. holds only at written precision). */
  severity?: 'warn';
}

/** Rule documentation and defaults. */
export interface RuleMeta<Options extends object = Record<string, unknown>> {
  /** kebab-case, equal to the file name; names the defect. */
  id: string;
  severity: Exclude<Severity, 'off'>;
  /** One line, shown in `--list-rules` and the README rules table. */
  description: string;
  /** Why it matters. */
  rationale: string;
  /** Chinese message templates keyed by message id, with {{placeholders}}. */
  messages: Record<string, string>;
  /** English catalogue, same keys. */
  messagesEn: Record<string, string>;
  defaultOptions: Options;
  /** Each option's name and type (ESLint's `meta.schema`); config options are checked against it. A rule with options declares one. */
  schema?: OptionsSchema;
  /** Report snippets: every valid one gives no finding, every invalid one exactly one. */
  examples: { valid: string[]; invalid: string[] };
}

/** A rule: documentation plus a pure check over the model. */
export interface Rule<Options extends object = Record<string, unknown>> {
  meta: RuleMeta<Options>;
  check(model: ReportModel, options: Options): Iterable<RuleFinding>;
}

/** Declare a rule (identity function that fixes the types). */
export function defineRule<Options extends object>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

/** A rule with its options erased, as the registry holds it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;
