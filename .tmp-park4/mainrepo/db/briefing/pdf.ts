// The briefing pack as PDF. Rendering needs a browser engine, which db/ does not own: the
// caller passes one (Electron's webContents.printToPDF on the desktop, headless Chromium in
// tests). The pack's own @page rules set paper and margins.
export type PdfRenderer = (html: string) => Promise<Uint8Array>;

export async function briefingPdf(html: string, render: PdfRenderer): Promise<Buffer> {
  const pdf = Buffer.from(await render(html));
  if (pdf.subarray(0, 5).toString("latin1") !== "%PDF-") {
    throw new Error("the PDF renderer returned something that is not a PDF");
  }
  return pdf;
}

/** Pages in a PDF, counted from its page objects (enough for PDFs Chromium writes). */
export function pdfPageCount(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString("latin1");
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
