import { describe, expect, it } from 'vitest';
import { checkUpload, cleanFileName, MAX_ATTACHMENT_BYTES, sniffAttachmentKind } from './upload-policy';

const bytes = (...b: number[]) => Uint8Array.from(b);
const text = (s: string) => new TextEncoder().encode(s);
const zip = (names: string) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...text(`....${names}....`)]);

describe('attachment kinds are recognised by content', () => {
  it.each([
    ['report.pdf', text('%PDF-1.7\n...'), 'pdf'],
    ['photo.jpg', bytes(0xff, 0xd8, 0xff, 0xe1, 0, 0), 'jpeg'],
    ['photo.PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), 'png'],
    ['photo.webp', Uint8Array.from([...text('RIFF'), 1, 2, 3, 4, ...text('WEBPVP8 ')]), 'webp'],
    ['weights.xlsx', zip('[Content_Types].xml xl/workbook.xml'), 'xlsx'],
    ['weights.csv', text('truck,kg\n桂A12345,4900\r\n'), 'csv'],
    // the name does not matter where the content says what it is
    ['scan.bin', text('%PDF-1.4'), 'pdf'],
  ] as const)('%s → %s', (name, content, kind) => {
    expect(sniffAttachmentKind(content, name)).toBe(kind);
  });

  it.each([
    ['program.pdf', text('MZ\x90\x00')],
    ['page.html', text('<html><script>alert(1)</script></html>')],
    ['evil.svg', text('<svg onload="x"/>')],
    ['document.docx', zip('[Content_Types].xml word/document.xml')],
    ['fake.xlsx', zip('nothing here')],
    ['binary.csv', bytes(0x61, 0x00, 0x62)],
    ['sheet.csv', zip('xl/workbook.xml')],
  ] as const)('%s is refused', (name, content) => {
    expect(sniffAttachmentKind(content, name)).toBeNull();
  });
});

describe('checkUpload', () => {
  it('takes the recognised type, whatever was declared, and a clean name', () => {
    const r = checkUpload(bytes(0xff, 0xd8, 0xff, 0xe0), 'C:\\photos\\地磅单 "1".jpg');
    expect(r).toEqual({
      ok: true,
      value: { kind: 'jpeg', contentType: 'image/jpeg', fileName: '地磅单 1.jpg' },
    });
  });

  it('refuses empty, too large (at the limit + 1 byte) and unknown files', () => {
    expect(checkUpload(new Uint8Array(0), 'x.pdf')).toEqual({ ok: false, error: 'FILE_EMPTY' });
    const atLimit = new Uint8Array(MAX_ATTACHMENT_BYTES);
    atLimit.set(text('%PDF-'));
    expect(checkUpload(atLimit, 'x.pdf').ok).toBe(true);
    const over = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    over.set(text('%PDF-'));
    expect(checkUpload(over, 'x.pdf')).toEqual({ ok: false, error: 'FILE_TOO_LARGE' });
    expect(checkUpload(text('hello'), 'x.txt')).toEqual({ ok: false, error: 'FILE_TYPE_NOT_ALLOWED' });
  });

  it('honours a narrower allow-list and limit', () => {
    expect(checkUpload(text('%PDF-1'), 'x.pdf', { allowed: ['jpeg'] })).toEqual({
      ok: false,
      error: 'FILE_TYPE_NOT_ALLOWED',
    });
    expect(checkUpload(text('%PDF-1'), 'x.pdf', { maxBytes: 3 })).toEqual({
      ok: false,
      error: 'FILE_TOO_LARGE',
    });
  });

  it('names a nameless file after its kind', () => {
    expect(cleanFileName('', 'jpeg')).toBe('file.jpg');
    expect(cleanFileName('../..', 'pdf')).toBe('file.pdf');
    expect(cleanFileName('a/b/c.csv\u0007', 'csv')).toBe('c.csv');
  });
});
