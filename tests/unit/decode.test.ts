import { describe, expect, test } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes, normaliseLineEnds } from '../../src/pipeline/decode.ts';
import { hashBytes, hashString, normaliseWhitespace } from '../../src/pipeline/hash.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const withBom = (bom: number[], body: Uint8Array) => new Uint8Array([...bom, ...body]);
const utf16 = (s: string, littleEndian: boolean) => {
  const out = new Uint8Array(s.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < s.length; i++) view.setUint16(i * 2, s.charCodeAt(i), littleEndian);
  return out;
};

const TEXT = ' date 2022-02 서초구 소식\n\n서초구는 ‘스마트쉼터’를 연다.\n';

describe('decodeBytes', () => {
  test.each([
    ['UTF-8', utf8(TEXT), 'utf-8'],
    ['UTF-8 with a BOM (the BOM is dropped)', withBom([0xef, 0xbb, 0xbf], utf8(TEXT)), 'utf-8-bom'],
    ['UTF-16LE with a BOM', withBom([0xff, 0xfe], utf16(TEXT, true)), 'utf-16le'],
    ['UTF-16BE with a BOM', withBom([0xfe, 0xff], utf16(TEXT, false)), 'utf-16be'],
    ['CP949', new Uint8Array(iconv.encode(TEXT, 'cp949')), 'cp949'],
  ])('reads %s', (_name, bytes, encoding) => {
    expect(decodeBytes(bytes)).toEqual({ text: TEXT, encoding });
  });

  test('reads CP949 extended syllables that EUC-KR lacks (똠, 햏, 뷁) without loss', () => {
    const text = '똠방각하 햏 뷁 서초구';
    expect(decodeBytes(new Uint8Array(iconv.encode(text, 'cp949')))).toEqual({ text, encoding: 'cp949' });
  });

  test.each([
    ['a lone CP949 lead byte', [0x41, 0xb0]],
    ['a lead byte followed by a space', [0xb0, 0x20, 0x41]],
    ['bytes outside every table', [0xff, 0xff, 0x41]],
    ['0x80, which Node’s euc-kr decoder silently drops', [0x41, 0x80, 0x42]],
  ])('reports %s as undecodable instead of guessing', (_name, bytes) => {
    expect(decodeBytes(new Uint8Array(bytes))).toEqual({ error: 'undecodable' });
  });

  test('reports UTF-16 with a BOM but an odd byte count as undecodable', () => {
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]))).toEqual({ error: 'undecodable' });
  });

  test('reports NUL bytes outside UTF-16 as binary', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(decodeBytes(png)).toEqual({ error: 'binary' });
  });

  test.each([
    ['CRLF', 'a\r\nb\r\n', 'a\nb\n'],
    ['lone CR', 'a\rb\r', 'a\nb\n'],
    ['mixed', 'a\r\n\rb\n', 'a\n\nb\n'],
  ])('turns %s line ends into LF', (_name, input, expected) => {
    expect(normaliseLineEnds(input)).toBe(expected);
    expect(decodeBytes(utf8(input))).toEqual({ text: expected, encoding: 'utf-8' });
  });
});

describe('content hash', () => {
  test('gives 16 lowercase hex digits, the same on every run', () => {
    expect(hashString('서초구')).toMatch(/^[0-9a-f]{16}$/);
    expect(hashString('서초구')).toBe(hashString('서초구'));
    expect(hashBytes(utf8('서초구'))).toBe(hashBytes(utf8('서초구')));
  });

  test('tells apart strings that differ by one character, order, or length', () => {
    const inputs = ['', 'a', 'b', 'ab', 'ba', 'a\u0000', '서초구', '서초구는', '구초서'];
    expect(new Set(inputs.map(hashString)).size).toBe(inputs.length);
    expect(new Set(inputs.map((s) => hashBytes(utf8(s)))).size).toBe(inputs.length);
  });

  test('has no collision among 200,000 similar strings', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200_000; i++) seen.add(hashString(`기사 ${i} 서초구는 ${i % 97}일`));
    expect(seen.size).toBe(200_000);
  });

  test('normalises whitespace runs, tabs and line ends before ids are taken', () => {
    expect(normaliseWhitespace('  서초구는\n\n지난 9일\t 밝혔다. ')).toBe('서초구는 지난 9일 밝혔다.');
  });
});
