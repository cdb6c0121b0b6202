/** Saves `data` as a JSON file named `filename` through the browser's download. */
export function saveJson(filename: string, data: unknown): void {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The file a bid log is saved as: `AUC-20261126-000001-bid-log.json`. */
export const bidLogFilename = (number: string) => `${number}-bid-log.json`;
/** The file a bidder's receipts are saved as. */
export const receiptsFilename = (number: string) => `${number}-receipts.json`;
