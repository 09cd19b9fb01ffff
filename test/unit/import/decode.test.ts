import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, looksMixed } from '../../../shared/import/decode';
import { ImportError } from '../../../shared/import/errors';
import { concat, fixture, utf16be } from './fixtures';

const utf8 = (text: string) => new TextEncoder().encode(text);
const gbk = (text: string) => new Uint8Array(iconv.encode(text, 'gbk'));

function errorOf(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('decodeText', () => {
  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const decoded = decodeText(fixture('zoho-utf8-bom.csv'));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.bom).toBe(true);
    expect(decoded.text.startsWith('Sales Order Number,')).toBe(true);
    expect(decoded.text).toContain('Globex 深圳分公司');
  });

  it('reads UTF-16 LE with a BOM (Excel "Unicode text")', () => {
    const decoded = decodeText(fixture('utf16le.txt'));
    expect(decoded).toMatchObject({ encoding: 'utf-16le', bom: true });
    expect(decoded.text).toBe('订单号\t客户\t产品\t数量\r\nU-1\t成都天府商行\t文件夹\t12\r\n');
  });

  it('reads UTF-16 BE with a BOM', () => {
    const decoded = decodeText(concat(new Uint8Array([0xfe, 0xff]), utf16be('订单号,数量\r\n甲,1')));
    expect(decoded).toEqual({ text: '订单号,数量\r\n甲,1', encoding: 'utf-16be', bom: true });
  });

  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(utf8('客户,数量\n北京华联,3'))).toEqual({
      text: '客户,数量\n北京华联,3',
      encoding: 'utf-8',
      bom: false,
    });
  });

  it('reads plain ASCII as UTF-8', () => {
    expect(decodeText(utf8('a,b\n1,2')).encoding).toBe('utf-8');
  });

  it('reads GBK (Chinese Excel CSV) as GB18030', () => {
    const decoded = decodeText(fixture('gbk-orders.csv'));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text.split('\r\n')[0]).toBe('订单号,客户名称,产品名称,数量,单价,金额,订单日期');
    expect(decoded.text).toContain('北京华联商贸有限公司,A4复印纸（70g）');
  });

  it('reads GB18030 four-byte characters', () => {
    const text = '客户𠀀名,€';
    const bytes = new Uint8Array(iconv.encode(text, 'gb18030'));
    expect(decodeText(bytes)).toEqual({ text, encoding: 'gb18030', bom: false });
  });

  it('refuses a file mixing GBK and UTF-8 with unknown_encoding', () => {
    const error = errorOf(() => decodeText(fixture('mixed-encoding.csv')));
    expect(error.code).toBe('unknown_encoding');
    expect(error.details).toEqual({ mixed: true });
  });

  it('refuses mixed encodings inside one line too', () => {
    const bytes = concat(gbk('客户名称,'), utf8('杭州西湖贸易'), gbk(',数量\r\n'));
    expect(errorOf(() => decodeText(bytes)).code).toBe('unknown_encoding');
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    const error = errorOf(() => decodeText(new Uint8Array([0x61, 0x2c, 0xff, 0xff, 0x0a])));
    expect(error.code).toBe('unknown_encoding');
    expect(error.details).toEqual({});
  });

  it('refuses UTF-16 without a BOM (NUL bytes)', () => {
    expect(errorOf(() => decodeText(new Uint8Array(Buffer.from('a,b\r\n', 'utf16le')))).code).toBe(
      'unknown_encoding',
    );
  });

  it('decodes as a forced encoding, strictly', () => {
    const bytes = fixture('gbk-orders.csv');
    expect(decodeText(bytes, { encoding: 'gb18030' }).text).toContain('订书机');
    const error = errorOf(() => decodeText(bytes, { encoding: 'utf-8' }));
    expect(error.code).toBe('encoding_mismatch');
    expect(error.details).toEqual({ encoding: 'utf-8' });
  });

  it('drops the BOM of a forced encoding when it is that encoding', () => {
    expect(decodeText(fixture('zoho-utf8-bom.csv'), { encoding: 'utf-8' })).toMatchObject({ bom: true });
    expect(
      decodeText(concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8('x')), { encoding: 'utf-8' }).text,
    ).toBe('x');
  });

  it('keeps GBK text intact (never mistaken for UTF-8 or mixed) for realistic lines', () => {
    const pool = [
      ...'北京上海广州深圳华联商贸有限公司电子文具店复印纸墨盒订书机中性笔客户名称数量单价金额日期备注加急',
    ].filter((ch, i, all) => all.indexOf(ch) === i);
    const word = fc
      .array(fc.constantFrom(...pool), { minLength: 4, maxLength: 12 })
      .map((chars) => chars.join(''));
    const line = fc.tuple(word, word, fc.integer({ min: 1, max: 999 })).map(([a, b, n]) => `${a},${b},${n}`);
    fc.assert(
      fc.property(fc.array(line, { minLength: 2, maxLength: 20 }), (lines) => {
        const text = `${lines.join('\r\n')}\r\n`;
        expect(decodeText(gbk(text))).toEqual({ text, encoding: 'gb18030', bom: false });
      }),
    );
  });

  it('finds UTF-8 runs among GBK ones', () => {
    expect(looksMixed(concat(gbk('订单号'), utf8(',订单号')))).toBe(true);
    expect(looksMixed(gbk('订单号,客户名称,产品名称'))).toBe(false);
  });
});
