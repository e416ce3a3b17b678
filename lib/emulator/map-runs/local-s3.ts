import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ObjectStoreError, type ObjectStore } from '../engine/map-run-host';

/**
 * S3 on the local disk for ItemReader and ResultWriter: `s3://BUCKET/KEY` is the file
 * `<root>/BUCKET/KEY` (root = `<emulator data dir>/s3`). Keys that would leave the bucket's folder
 * (`..`) are refused.
 */
export class LocalS3 implements ObjectStore {
  constructor(readonly root: string) {}

  pathOf(bucket: string, key: string): string {
    const bucketDir = path.resolve(this.root, bucket);
    const file = path.resolve(bucketDir, key);
    if (bucket === '' || bucket.includes('/') || bucket.includes('..') || !file.startsWith(bucketDir + path.sep)) {
      throw new ObjectStoreError(`The emulator's local S3 refuses s3://${bucket}/${key}: it would leave ${this.root}.`);
    }
    return file;
  }

  read(bucket: string, key: string): string {
    const file = this.pathOf(bucket, key);
    try {
      return readFileSync(file, 'utf8');
    } catch {
      throw new ObjectStoreError(`The object s3://${bucket}/${key} does not exist: the emulator reads it from ${file}.`);
    }
  }

  write(bucket: string, key: string, text: string): void {
    const file = this.pathOf(bucket, key);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }

  list(bucket: string, prefix: string): Array<{ key: string; size: number; lastModified: Date }> {
    const bucketDir = path.resolve(this.root, bucket);
    this.pathOf(bucket, 'x');
    const found: Array<{ key: string; size: number; lastModified: Date }> = [];
    const walk = (dir: string) => {
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else {
          const key = path.relative(bucketDir, full).split(path.sep).join('/');
          if (key.startsWith(prefix)) {
            const stats = statSync(full);
            found.push({ key, size: stats.size, lastModified: stats.mtime });
          }
        }
      }
    };
    try {
      statSync(bucketDir);
    } catch {
      throw new ObjectStoreError(`The bucket ${bucket} does not exist: the emulator lists it from ${bucketDir}.`);
    }
    walk(bucketDir);
    return found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}
