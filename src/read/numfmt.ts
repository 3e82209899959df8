// Excel number-format codes applied to a cell's value, so a workbook is read as its user sees it
// (`0.00%` on 0.9 is `90.00%`, `yyyy年m月d日` on a date is `2024年12月31日`). Covers the codes forms
// use: General, 0 / 0.00 / #,##0.00, percentages, text (@), currency and accounting sections, dates
// and times. A code it does not understand (fractions, exponents, [DBNum1], elapsed [h]) gives
// undefined and the caller shows the raw value.
import { Decimal } from 'decimal.js';
import { groupDigits } from '../arith.js';

/** The value of 1899-12-30 as a serial: Excel's day 0 in the 1900 system (1 = 1900-01-01, with its fictitious 1900-02-29). */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

/** A number as Excel's General format shows it: up to 15 significant digits, no float noise. */
export function formatGeneral(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const d = new Decimal(value.toPrecision(15));
  return Math.abs(value) >= 1e-9 && Math.abs(value) < 1e15 ? d.toFixed() : d.toString();
}

/** A date as the serial Excel stores (days since 1899-12-30, fraction of a day for the time). */
export function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** Split a code into its `;` sections, not splitting inside quotes, brackets or after a backslash. */
function sections(code: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      const stop = end === -1 ? code.length : end + 1;
      current += code.slice(i, stop);
      i = stop - 1;
    } else if (ch === '\\' && i + 1 < code.length) {
      current += code.slice(i, i + 2);
      i++;
    } else if (ch === '[') {
      const end = code.indexOf(']', i);
      const stop = end === -1 ? code.length : end + 1;
      current += code.slice(i, stop);
      i = stop - 1;
    } else if (ch === ';') {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

/** A piece of a section: literal text, or a format character to interpret. */
type Token = { literal: string } | { code: string };

/** Tokenize one section; undefined when it holds a bracket code this formatter cannot honour. */
function tokenize(section: string): Token[] | undefined {
  const tokens: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i]!;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end === -1 ? section.length : end;
      tokens.push({ literal: section.slice(i + 1, stop) });
      i = stop;
    } else if (ch === '\\') {
      if (i + 1 < section.length) tokens.push({ literal: section[i + 1]! });
      i++;
    } else if (ch === '_') {
      // Space the width of the next character: accounting formats align with it.
      tokens.push({ literal: ' ' });
      i++;
    } else if (ch === '*') {
      // Repeat the next character to fill the cell: nothing in text.
      i++;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      if (end === -1) return undefined;
      const inner = section.slice(i + 1, end);
      i = end;
      // Colours and conditions change no digits; [$¥-804] is a currency symbol (and locale).
      if (/^(?:black|blue|cyan|green|magenta|red|white|yellow|color\s*\d+)$/i.test(inner)) continue;
      const currency = /^\$([^-]*)(?:-[0-9a-f]+)?$/i.exec(inner);
      if (currency) {
        if (currency[1]) tokens.push({ literal: currency[1] });
        continue;
      }
      return undefined;
    } else tokens.push({ code: ch });
  }
  return tokens;
}

/** Whether tokens format a date or time (y, m, d, h, s outside literals). */
function isDateTokens(tokens: readonly Token[]): boolean {
  return tokens.some((t) => 'code' in t && /[ymdhs]/i.test(t.code));
}

/**
 * A value formatted by a number-format code, or undefined when the code is beyond this formatter.
 * Dates come as their serial (see dateToSerial); text goes through the code's text section.
 */
export function formatValue(value: number | string, code: string | undefined): string | undefined {
  const trimmed = (code ?? '').trim();
  if (typeof value === 'string') {
    const all = sections(trimmed);
    const textSection = all.length >= 4 ? all[3]! : all.find((s) => s.includes('@'));
    if (!textSection) return value;
    const tokens = tokenize(textSection);
    if (!tokens) return undefined;
    return tokens.map((t) => ('literal' in t ? t.literal : t.code === '@' ? value : t.code)).join('');
  }
  if (trimmed === '' || /^general$/i.test(trimmed)) return formatGeneral(value);
  const all = sections(trimmed);
  // Sections: positive;negative;zero;text. A condition ([>100]) picks sections differently: not handled.
  let section = all[0]!;
  let absolute = false;
  if (value < 0 && all.length >= 2 && all[1] !== '') {
    section = all[1]!;
    absolute = true;
  } else if (value === 0 && all.length >= 3 && all[2] !== '') section = all[2]!;
  if (/^general$/i.test(section.trim())) return absolute ? formatGeneral(-value) : formatGeneral(value);
  const tokens = tokenize(section);
  if (!tokens) return undefined;
  if (isDateTokens(tokens)) return formatDate(value, tokens);
  return formatNumber(absolute ? -value : value, tokens);
}

/** Digits of a number: placeholders 0 # ?, a decimal point, thousands commas, percent signs. */
function formatNumber(value: number, tokens: readonly Token[]): string | undefined {
  const codes = tokens.filter((t): t is { code: string } => 'code' in t).map((t) => t.code);
  // Exponents, fractions and letter codes (aaaa, [DBNum1] was refused in tokenize): not handled.
  if (codes.some((c) => /[a-zA-Z/]/.test(c))) return undefined;
  const placeholders = (c: string) => c === '0' || c === '#' || c === '?';
  const first = tokens.findIndex((t) => 'code' in t && (placeholders(t.code) || t.code === '.'));
  let last = -1;
  tokens.forEach((t, i) => {
    if ('code' in t && (placeholders(t.code) || t.code === '.' || t.code === ',')) last = i;
  });
  const percents = codes.filter((c) => c === '%').length;
  let scaled = new Decimal(value.toPrecision(15)).times(new Decimal(100).pow(percents));
  const render = (t: Token): string => ('literal' in t ? t.literal : t.code === '@' ? formatGeneral(value) : t.code);
  if (first === -1) {
    // No digits at all (a section of only text, such as "-" for zero).
    return tokens.map(render).join('');
  }
  const pattern = tokens.slice(first, last + 1).map((t) => ('code' in t ? t.code : ''));
  if (tokens.slice(first, last + 1).some((t) => 'literal' in t && t.literal.trim() !== '')) return undefined;
  let joined = pattern.join('');
  // Commas right after the last digit placeholder divide by 1000 each.
  const trailing = /,+$/.exec(joined);
  if (trailing) {
    scaled = scaled.div(new Decimal(1000).pow(trailing[0].length));
    joined = joined.slice(0, -trailing[0].length);
  }
  const point = joined.indexOf('.');
  const integerPattern = (point === -1 ? joined : joined.slice(0, point)).replace(/[^0#?,]/g, '');
  const fractionPattern = point === -1 ? '' : joined.slice(point + 1).replace(/[^0#?]/g, '');
  const grouping = integerPattern.includes(',');
  const negative = scaled.isNegative() && !scaled.isZero();
  const fixed = scaled.abs().toFixed(fractionPattern.length, Decimal.ROUND_HALF_UP);
  const [integerDigits, fracDigits = ''] = fixed.split('.');
  let intDigits = integerDigits!;
  // Fraction: trailing zeros under '#' are dropped, under '?' become spaces, under '0' stay.
  let fraction = '';
  let trailingZeros = true;
  for (let i = fractionPattern.length - 1; i >= 0; i--) {
    const digit = fracDigits[i]!;
    const placeholder = fractionPattern[i]!;
    if (trailingZeros && digit === '0' && placeholder !== '0') {
      fraction = (placeholder === '?' ? ' ' : '') + fraction;
      continue;
    }
    trailingZeros = false;
    fraction = digit + fraction;
  }
  // Integer: at least as many digits as '0's; a lone zero shown only if a '0' asks for it.
  const minDigits = integerPattern.replace(/[^0]/g, '').length;
  const spaceDigits = integerPattern.replace(/[^0?]/g, '').length;
  if (intDigits === '0' && minDigits === 0) intDigits = '';
  intDigits = intDigits.padStart(minDigits, '0');
  if (intDigits.length < spaceDigits) intDigits = intDigits.padStart(spaceDigits, ' ');
  if (grouping) intDigits = groupDigits(intDigits);
  const number = `${negative ? '-' : ''}${intDigits}${point !== -1 ? '.' : ''}${fraction}`;
  return [...tokens.slice(0, first).map(render), number, ...tokens.slice(last + 1).map(render)].join('');
}

const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A serial formatted by date tokens: y, m (month, or minutes next to h or s), d, h, s, AM/PM. */
function formatDate(serial: number, tokens: readonly Token[]): string | undefined {
  if (serial < 0 || serial >= 2_958_466) return undefined;
  // Serial 60 is Excel's fictitious 1900-02-29; days before it are one off from the real calendar.
  const adjusted = serial < 61 ? serial + 1 : serial;
  const ms = Math.round((adjusted - UNIX_EPOCH_SERIAL) * MS_PER_DAY / 1000) * 1000;
  const date = new Date(ms);
  // Group runs of one letter: yyyy, mm, dd, hh, ss; AM/PM spelled out.
  const runs: Array<{ letter: string; length: number } | { literal: string }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ('literal' in t) {
      runs.push(t);
      continue;
    }
    const rest = tokens.slice(i, i + 5).map((x) => ('code' in x ? x.code : '\0')).join('');
    if (/^am\/pm/i.test(rest)) {
      runs.push({ letter: 'ampm', length: 1 });
      i += 4;
      continue;
    }
    if (/^a\/p/i.test(rest)) {
      runs.push({ letter: 'ap', length: 1 });
      i += 2;
      continue;
    }
    const letter = t.code.toLowerCase();
    if (!/[ymdhs]/.test(letter)) {
      // Eras, Chinese weekdays (aaaa), fractions of a second: beyond this formatter.
      if (/[a-z0#?@]/i.test(t.code)) return undefined;
      runs.push({ literal: t.code });
      continue;
    }
    const previous = runs[runs.length - 1];
    if (previous && 'letter' in previous && previous.letter === letter) previous.length++;
    else runs.push({ letter, length: 1 });
  }
  const twelveHour = runs.some((r) => 'letter' in r && (r.letter === 'ampm' || r.letter === 'ap'));
  const letters = runs.map((r) => ('letter' in r ? r.letter : ''));
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const hours = date.getUTCHours();
  let out = '';
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i]!;
    if ('literal' in r) {
      out += r.literal;
      continue;
    }
    switch (r.letter) {
      case 'y':
        out += r.length <= 2 ? pad(date.getUTCFullYear() % 100, 2) : String(date.getUTCFullYear());
        break;
      case 'm': {
        // m is minutes right after an hour or right before a second.
        const before = letters.slice(0, i).filter(Boolean).pop();
        const after = letters.slice(i + 1).find(Boolean);
        if (before === 'h' || after === 's') out += pad(date.getUTCMinutes(), r.length >= 2 ? 2 : 1);
        else if (r.length <= 2) out += pad(date.getUTCMonth() + 1, r.length);
        else if (r.length === 3) out += MONTHS_EN[date.getUTCMonth()]!.slice(0, 3);
        else if (r.length === 5) out += MONTHS_EN[date.getUTCMonth()]![0];
        else out += MONTHS_EN[date.getUTCMonth()];
        break;
      }
      case 'd':
        if (r.length <= 2) out += pad(date.getUTCDate(), r.length);
        else if (r.length === 3) out += WEEKDAYS_EN[date.getUTCDay()]!.slice(0, 3);
        else out += WEEKDAYS_EN[date.getUTCDay()];
        break;
      case 'h':
        out += pad(twelveHour ? (hours % 12 === 0 ? 12 : hours % 12) : hours, Math.min(r.length, 2));
        break;
      case 's':
        out += pad(date.getUTCSeconds(), Math.min(r.length, 2));
        break;
      case 'ampm':
        out += hours < 12 ? 'AM' : 'PM';
        break;
      case 'ap':
        out += hours < 12 ? 'A' : 'P';
        break;
    }
  }
  return out;
}
