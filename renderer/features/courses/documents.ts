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

export function saveFile(document: GeneratedDocument): void {
  const bytes = Uint8Array.from(atob(document.contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
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
