// Rule options against each rule's declared schema (ESLint's meta.schema, in miniature): names,
// types, minimum and enum. A wrong option is a ConfigError in one sentence, never a silent default.
import { OPTIONS, type Text, TYPE_WORDS } from './messages.js';

/** The schema of one option: its type and, for numbers, its least value; for objects, its keys. */
export interface OptionSchema {
  type: 'number' | 'integer' | 'boolean' | 'string' | 'object' | 'array';
  minimum?: number;
  maximum?: number;
  enum?: readonly unknown[];
  /** For an array: the schema of each item. */
  items?: OptionSchema;
  /** For an object: the schema of each key (no other key is allowed). */
  properties?: Record<string, OptionSchema>;
}

/** A rule's options: option name → schema. */
export type OptionsSchema = Record<string, OptionSchema>;

/**
 * The schema a rule without a declared one has: its default options' keys, each of the type of its
 * default (a plugin rule that declares no schema still gets misspelled and mistyped options refused).
 */
export function schemaOfDefaults(defaults: Record<string, unknown>): OptionsSchema {
  const schema: OptionsSchema = {};
  for (const [key, value] of Object.entries(defaults)) {
    const type = Array.isArray(value) ? 'array' : typeof value;
    if (type === 'number' || type === 'boolean' || type === 'string' || type === 'array') schema[key] = { type };
    else if (type === 'object' && value !== null) schema[key] = { type: 'object', properties: schemaOfDefaults(value as Record<string, unknown>) };
  }
  return schema;
}

/**
 * The first problem of `options` against `schema`, as the end of a sentence about rule `ruleId`
 * (`rule "x": option "y" must be a number, not "5"`, `规则 x 的选项 "y" 应为数字，而不是 "5"`), or
 * undefined when they fit.
 */
export function optionsProblem(ruleId: string, options: Record<string, unknown>, schema: OptionsSchema): Text | undefined {
  return propertiesProblem(ruleId, options, schema, '');
}

function propertiesProblem(ruleId: string, value: Record<string, unknown>, properties: OptionsSchema, prefix: string): Text | undefined {
  for (const [key, item] of Object.entries(value)) {
    const name = `${prefix}${key}`;
    const schema = properties[key];
    if (!schema) {
      const known = Object.keys(properties).map((k) => `${prefix}${k}`);
      return OPTIONS.noSuchOption(ruleId, name, known);
    }
    const problem = valueProblem(ruleId, item, schema, name);
    if (problem) return problem;
  }
  return undefined;
}

function valueProblem(ruleId: string, value: unknown, schema: OptionSchema, name: string): Text | undefined {
  const must = (what: Text) => OPTIONS.mustBe(ruleId, name, what, value);
  if (schema.enum) return schema.enum.some((v) => v === value) ? undefined : must(OPTIONS.oneOf(schema.enum));
  switch (schema.type) {
    case 'number':
    case 'integer':
      if (typeof value !== 'number' || !Number.isFinite(value)) return must(TYPE_WORDS.number);
      if (schema.type === 'integer' && !Number.isInteger(value)) return must(TYPE_WORDS.integer);
      if (schema.minimum !== undefined && value < schema.minimum) return must(OPTIONS.atLeast(schema.minimum));
      if (schema.maximum !== undefined && value > schema.maximum) return must(OPTIONS.atMost(schema.maximum));
      return undefined;
    case 'boolean':
    case 'string':
      return typeof value === schema.type ? undefined : must(TYPE_WORDS[schema.type]);
    case 'array':
      if (!Array.isArray(value)) return must(TYPE_WORDS.array);
      if (schema.items) {
        for (const [i, item] of value.entries()) {
          const problem = valueProblem(ruleId, item, schema.items, `${name}[${i}]`);
          if (problem) return problem;
        }
      }
      return undefined;
    case 'object':
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return must(TYPE_WORDS.object);
      return schema.properties ? propertiesProblem(ruleId, value as Record<string, unknown>, schema.properties, `${name}.`) : undefined;
  }
}
