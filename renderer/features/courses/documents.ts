import type { ChannelName } from '../../../electron/api/contract';
import type { GeneratedDocument } from '../../../electron/features/attendance/contract';

export type DocumentRequest =
  { kind: 'session'; sessionId: number } | { kind: 'course'; courseId: number };

const CHANNELS = {
  session: 'documents.signInSheet',
  course: 'documents.courseSignInSheets',
} as const;

/** The channel that makes a document (its access decides who sees the button). */
export function documentChannel(request: DocumentRequest): ChannelName {
  return CHANNELS[request.kind];
}

/** Hands a file made by the main process to the browser's download (a PDF unless it says otherwise). */
export function saveFile(document: GeneratedDocument & { mimeType?: string }): void {
  const bytes = Uint8Array.from(atob(document.contentBase64), (c) => c.charCodeAt(0));
  const type = document.mimeType ?? 'application/pdf';
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = window.document.createElement('a');
  link.href = url;
  link.download = document.fileName;
  link.style.display = 'none';
  window.document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; give the browser a moment before freeing the data.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
