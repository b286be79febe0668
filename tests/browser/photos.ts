import { join } from 'node:path';
import sharp from 'sharp';
import { ROOT } from '../cli/run-cli.js';

/**
 * A 12 MP camera-sized JPEG made from a generated photo: the document photo in landscape
 * (4000 × 3000), or the selfie in portrait (3000 × 4000).
 */
export function twelveMegapixelJpeg(kind: 'document' | 'selfie'): Promise<Buffer> {
  const [source, width, height] =
    kind === 'document' ? ['doc_good_wood_card_01.jpg', 4000, 3000] : ['selfie_like_01.jpg', 3000, 4000];
  return sharp(join(ROOT, 'test-images', source))
    .resize(width, height, { fit: 'fill' })
    .jpeg({ quality: 90 })
    .toBuffer();
}
