import { execFileSync } from 'node:child_process';

/** Runs one of the Debian PDF tools (poppler, qpdf) and returns its output. */
export function tool(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8' });
}

/** The text of each page, as pdftotext lays it out (pages end with a form feed). */
export function pagesOf(file: string): string[] {
  return tool('pdftotext', ['-layout', file, '-']).normalize('NFC').split('\f').slice(0, -1);
}

/** `pdfinfo` as key → value. */
export function info(file: string): Record<string, string> {
  const entries = tool('pdfinfo', [file])
    .split('\n')
    .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => [match[1] ?? '', match[2] ?? '']);
  return Object.fromEntries(entries) as Record<string, string>;
}

/** Rows of `pdffonts`, columns counted from the right (names and types may contain spaces). */
export function fonts(file: string): { name: string; type: string; embedded: string }[] {
  return tool('pdffonts', [file])
    .trim()
    .split('\n')
    .slice(2)
    .map((line) => {
      const tokens = line.trim().split(/\s+/);
      return {
        name: tokens[0] ?? '',
        type: tokens.slice(1, -6).join(' '),
        embedded: tokens.at(-5) ?? '',
      };
    });
}

/** How many times `needle` occurs in `text`. */
export const count = (text: string, needle: string): number => text.split(needle).length - 1;
