/**
 * A QR code's modules as one SVG path: each run of dark modules in a row is a
 * rectangle one module high. Coordinates are in modules (the SVG's viewBox).
 */
export function modulesPath(modules: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const from = x;
      while (x < row.length && row[x]) x += 1;
      parts.push(`M${from} ${y}h${x - from}v1h${from - x}z`);
    }
  });
  return parts.join('');
}
