// Rule options against each rule's declared schema (ESLint's meta.schema, in miniature): names,
// types, minimum and enum. A wrong option is a ConfigError in one sentence, never a silent default.

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

const TYPE_WORDS: Record<OptionSchema['type'], string> = {
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  string: 'a string',
  object: 'an object',
  array: 'a list',
};

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
 * (`rule "x": option "y" must be a number, not "5"`), or undefined when they fit.
 */
export function optionsProblem(ruleId: string, options: Record<string, unknown>, schema: OptionsSchema): string | undefined {
  return propertiesProblem(ruleId, options, schema, '');
}

function propertiesProblem(ruleId: string, value: Record<string, unknown>, properties: OptionsSchema, prefix: string): string | undefined {
  for (const [key, item] of Object.entries(value)) {
    const name = `${prefix}${key}`;
    const schema = properties[key];
    if (!schema) {
      const known = Object.keys(properties).map((k) => `${prefix}${k}`);
      return `rule "${ruleId}" has no option "${name}" (${known.length ? `its options: ${known.join(', ')}` : 'it takes no options'})`;
    }
    const problem = valueProblem(ruleId, item, schema, name);
    if (problem) return problem;
  }
  return undefined;
}

function valueProblem(ruleId: string, value: unknown, schema: OptionSchema, name: string): string | undefined {
  const must = (what: string) => `rule "${ruleId}": option "${name}" must be ${what}, not ${JSON.stringify(value)}`;
  if (schema.enum) return schema.enum.some((v) => v === value) ? undefined : must(`one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`);
  switch (schema.type) {
    case 'number':
    case 'integer':
      if (typeof value !== 'number' || !Number.isFinite(value)) return must('a number');
      if (schema.type === 'integer' && !Number.isInteger(value)) return must(TYPE_WORDS.integer);
      if (schema.minimum !== undefined && value < schema.minimum) return must(`at least ${schema.minimum}`);
      if (schema.maximum !== undefined && value > schema.maximum) return must(`at most ${schema.maximum}`);
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
