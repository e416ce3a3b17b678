import { readFile } from 'node:fs/promises';

/**
 * A UTF-8 file's text, decoded in one go. `readFile(file, 'utf8')` decodes a large file chunk by chunk
 * through a StringDecoder and joins the pieces: ~70 ms more on a 25,000-event (17 MB) history.
 */
export async function readTextFile(file: string): Promise<string> {
  return (await readFile(file)).toString('utf8');
}
