import { describe, expect, it } from 'vitest';
import { UPLOAD_LIMITS, fileProblem, fileSize } from './files';

describe('files before they are sent', () => {
  it('checks the kind by extension, that the file is not empty, and at most 10 MB', () => {
    const mb = 1024 * 1024;
    const problem = (name: string, size: number) => fileProblem({ name, size }, UPLOAD_LIMITS);
    expect(problem('地磅单.JPG', 2 * mb)).toBeNull();
    expect(problem('SGS report.pdf', 10 * mb)).toBeNull();
    expect(problem('weights.csv', 20)).toBeNull();
    expect(problem('scan.pdf', 10 * mb + 1)).toBe('tooLarge');
    expect(problem('photo.png', 0)).toBe('empty');
    expect(problem('evil.svg', 10)).toBe('type');
    expect(problem('setup.exe', 10)).toBe('type');
  });

  it('writes a size for people', () => {
    expect(fileSize(842, 'en')).toBe('842 B');
    expect(fileSize(12_600, 'en')).toBe('12.3 KB');
    expect(fileSize(4.5 * 1024 * 1024, 'zh-CN')).toBe('4.5 MB');
  });
});
