import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The faces every document uses. DejaVu covers Latin Extended (Aïcha, Nguyễn Thị Ánh,
 * Đorđe, Şükran, Łucja) and is embedded as a subset; pdfkit's standard 14 fonts are
 * never used because they are not embedded and have no glyphs beyond Latin-1.
 */
export const FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  condensed: 'DejaVuSansCondensed.ttf',
  condensedBold: 'DejaVuSansCondensed-Bold.ttf',
} as const;

export type FontFace = keyof typeof FONT_FILES;

/**
 * Where the DejaVu TTF files are: `fontDir` when the caller gives one (the packaged
 * app may ship them elsewhere), otherwise next to the `dejavu-fonts-ttf` package.
 *
 * The package is resolved with a `require` created from this file when it runs as
 * CommonJS (the esbuild bundle in dist/electron, whose `__filename` sits inside the
 * app so node_modules is found by walking up), and from the working directory's
 * package.json under ESM (tsx, vitest), where `__filename` does not exist. No
 * `import.meta`, so the same source bundles to CommonJS without warnings.
 */
export function resolveFontDir(fontDir?: string): string {
  if (fontDir) return fontDir;
  const anchor =
    typeof __filename === 'string' ? __filename : path.join(process.cwd(), 'package.json');
  const packageJson = createRequire(anchor).resolve('dejavu-fonts-ttf/package.json');
  return path.join(path.dirname(packageJson), 'ttf');
}

export function fontPaths(fontDir?: string): Record<FontFace, string> {
  const dir = resolveFontDir(fontDir);
  const entries = Object.entries(FONT_FILES).map(([face, file]) => {
    const fullPath = path.join(dir, file);
    // The message names the font file only: it is a packaging problem, never user data.
    if (!existsSync(fullPath)) throw new Error(`Font file not found: ${file} in ${dir}`);
    return [face, fullPath] as const;
  });
  return Object.fromEntries(entries) as Record<FontFace, string>;
}
