/**
 * Saves text as a file through a Blob and an `<a download>` (no downloads permission needed).
 * `content` may be a Blob already (a large backup is never joined into one string).
 */
export function download(fileName: string, content: string | Blob, type: string): void {
  const url = URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
