import type { GeneratedFile } from '../../../electron/features/competences/contract';

/** A file made by the main process, handed to the browser's download under its own name and type. */
export function saveGeneratedFile(file: GeneratedFile): void {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; give the browser a moment before freeing the data.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The largest PDF Verify reads: the same 10 MB the server accepts. */
export const MAX_VERIFY_BYTES = 10 * 1024 * 1024;

/** A file the user chose, as base64 without the data-URL prefix. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
