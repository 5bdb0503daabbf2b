/**
 * A picked file → a `data:` URI, the inline form the API accepts for images
 * (`data:image/(jpeg|png|webp);base64,...`). FileReader does the base64 work.
 */
export function readDataUri(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener('load', () => resolve(String(reader.result)));
    reader.addEventListener('error', () => reject(reader.error ?? new Error(`could not read ${file.name}`)));
    reader.readAsDataURL(file);
  });
}
