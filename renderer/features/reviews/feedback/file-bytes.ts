/** Bytes written in chunks, gathered into one array for the save dialog (a request file is small). */
export async function collect(write: (sink: (chunk: Uint8Array) => void) => Promise<unknown>) {
  const parts: Uint8Array[] = [];
  await write((chunk) => {
    parts.push(chunk);
  });
  return new Uint8Array(await new Blob(parts as BlobPart[]).arrayBuffer());
}
