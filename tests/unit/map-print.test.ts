// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { choosePaper, clearPaper, orientationFor } from '../../src/ui/mapPrint';

describe('choosing the paper the pathway map prints on', () => {
  it('prints tall maps portrait and wide ones landscape', () => {
    expect(orientationFor(3168, 4700)).toBe('portrait');
    expect(orientationFor(4700, 3168)).toBe('landscape');
  });

  it('keeps one paper class at a time, and leaves the page’s other classes alone', () => {
    const root = document.createElement('html');
    root.classList.add('theme-dark');
    choosePaper('a4', 'portrait', root);
    choosePaper('a3', 'landscape', root);
    expect([...root.classList].sort()).toEqual([
      'map-print',
      'map-print--a3-landscape',
      'theme-dark',
    ]);
    clearPaper(root);
    expect([...root.classList]).toEqual(['theme-dark']);
  });
});
