// Save a file the page made, without the downloads permission and without any request: a Blob
// URL and an <a download> click, which the browser treats as the user's own download.
export function downloadText(fileName: string, contents: string, type = 'text/html;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the browser reads the Blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
