// Browser-side file reading for importFiles: bytes travel as base64 (the host decodes and ingests).
import type { UploadFile } from "../api-types.ts";

function toBase64(bytes: Uint8Array): string {
  let bin = "";
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(bin);
}

export async function readUploads(files: FileList | File[]): Promise<UploadFile[]> {
  const out: UploadFile[] = [];
  for (const f of Array.from(files)) {
    out.push({ name: f.name, base64: toBase64(new Uint8Array(await f.arrayBuffer())) });
  }
  return out;
}
