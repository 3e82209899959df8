// Decoding: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK, and refusals.
import { describe, expect, it } from 'vitest';
import { decodeBytes, InputError } from '../src/read/index.js';

const text = '基本支出 74.63 万元（工资福利支出 55.35 万元）';

function encodeUtf16(s: string, bigEndian: boolean): Buffer {
  const le = Buffer.from(s, 'utf16le');
  if (!bigEndian) return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

// GBK bytes of 基本支出 74.63 万元, written out so the test does not depend on an encoder.
const GBK = Buffer.from([0xbb, 0xf9, 0xb1, 0xbe, 0xd6, 0xa7, 0xb3, 0xf6, 0x20, 0x37, 0x34, 0x2e, 0x36, 0x33, 0x20, 0xcd, 0xf2, 0xd4, 0xaa]);

describe('decodeBytes', () => {
  it('reads UTF-8', () => {
    expect(decodeBytes(Buffer.from(text), 'a.txt')).toEqual({ text, encoding: 'utf-8' });
  });
  it('drops a UTF-8 BOM', () => {
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'a.txt').text).toBe(text);
  });
  it('reads UTF-16 LE and BE with BOM', () => {
    expect(decodeBytes(encodeUtf16(text, false), 'a.txt')).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeBytes(encodeUtf16(text, true), 'a.txt')).toEqual({ text, encoding: 'utf-16be' });
  });
  it('reads GBK as GB18030', () => {
    expect(decodeBytes(GBK, 'a.txt')).toEqual({ text: '基本支出 74.63 万元', encoding: 'gb18030' });
  });
  it.each([
    ['empty', Buffer.alloc(0), 'a.txt is empty: there is nothing to lint.'],
    ['only white space', Buffer.from('  \n\n'), 'a.txt is empty: there is nothing to lint.'],
    ['a PDF', Buffer.from('%PDF-1.7\n…'), 'a.txt is a binary file (PDF), not a text report.'],
    ['NUL bytes', Buffer.from([0x41, 0x00, 0x42, 0x43]), 'a.txt is a binary file (it contains NUL bytes), not a text report.'],
    ['bytes no text encoding allows', Buffer.from([0x41, 0xff, 0xff, 0x80, 0x42]), 'a.txt is not valid UTF-8, UTF-16 or GB18030 text.'],
  ])('refuses %s with one sentence', (_name, bytes, message) => {
    expect(() => decodeBytes(bytes, 'a.txt')).toThrow(InputError);
    expect(() => decodeBytes(bytes, 'a.txt')).toThrow(message);
  });
});
