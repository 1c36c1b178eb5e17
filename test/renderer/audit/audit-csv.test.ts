import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/renderer/screens/audit/audit-csv';

describe('the audit CSV', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+62 812')).toBe("'+62 812");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('Budi Santoso')).toBe('Budi Santoso');
    expect(csvCell('a = b')).toBe('a = b');
  });

  it('quotes separators, quotes and line breaks, with CRLF lines and a BOM', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x, y', 'say "hi"'],
          ['line\nbreak', ''],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",\r\n');
  });
});
