/**
 * Saves a file the API returned (an export, a template, an import report) the way a link
 * with `download` does: an object URL on a temporary `<a>`, clicked, then released.
 */
export function saveFile(file: Blob, fallbackName: string): void {
  const name = file instanceof File && file.name && file.name !== 'blob' ? file.name : fallbackName;
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Give the browser a moment to start the download before the URL goes.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
