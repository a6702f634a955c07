// pdfjs-dist ships no types for its worker module; the import only hands it to pdfjs (extractPdf.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
