// Draws Vigil's Teams icons: color.png (192×192, a white check on the accent colour) and
// outline.png (32×32, a white check on transparency, as Teams requires). Run: node scripts/make-teams-icons.ts
import { writeFileSync } from 'node:fs';
import { encodePng } from '../src/bot/teams/png.ts';

const ACCENT = [0x1d, 0x35, 0x57];

/** Distance from point p to segment ab. */
function distance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

/** RGBA pixels of a check mark, anti-aliased, on a background (or transparency). */
function check(size: number, background: number[] | undefined, stroke: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const s = size / 32;
  const [a, b, c] = [[8 * s, 16.5 * s], [13.5 * s, 22 * s], [24 * s, 10 * s]] as const;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.min(distance(x + 0.5, y + 0.5, a[0], a[1], b[0], b[1]), distance(x + 0.5, y + 0.5, b[0], b[1], c[0], c[1]));
      const cover = Math.max(0, Math.min(1, stroke / 2 - d + 0.5));
      const i = (y * size + x) * 4;
      if (background) {
        for (let k = 0; k < 3; k++) pixels[i + k] = Math.round(background[k]! * (1 - cover) + 255 * cover);
        pixels[i + 3] = 255;
      } else {
        pixels.set([255, 255, 255, Math.round(255 * cover)], i);
      }
    }
  }
  return pixels;
}

writeFileSync(new URL('../manifests/teams/color.png', import.meta.url), encodePng(192, 192, check(192, ACCENT, 20)));
writeFileSync(new URL('../manifests/teams/outline.png', import.meta.url), encodePng(32, 32, check(32, undefined, 3.5)));
console.log('wrote manifests/teams/color.png and outline.png');
