/**
 * Draws the app icons Teams requires, so the repository needs no image tools:
 * color.png 192×192 (full-colour, the app's purple with a white speech bubble)
 * and outline.png 32×32 (white on transparent). Encoded as RGBA PNGs by hand.
 */
import { crc32, deflateSync } from 'node:zlib';

type Pixel = readonly [number, number, number, number];
type Painter = (x: number, y: number, size: number) => Pixel;

const PURPLE: Pixel = [0x5b, 0x5f, 0xc7, 255];
const WHITE: Pixel = [255, 255, 255, 255];
const CLEAR: Pixel = [0, 0, 0, 0];

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(size: number, paint: Painter): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1); // each row starts with filter byte 0
    for (let x = 0; x < size; x++) Buffer.from(paint(x, y, size)).copy(rows, row + 1 + x * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** A rounded speech bubble with a tail, in unit coordinates (0..1). */
function inBubble(u: number, v: number): boolean {
  const [left, top, right, bottom, radius] = [0.2, 0.24, 0.8, 0.66, 0.1];
  const cx = Math.min(Math.max(u, left + radius), right - radius);
  const cy = Math.min(Math.max(v, top + radius), bottom - radius);
  const body = u >= left && u <= right && v >= top && v <= bottom && (u - cx) ** 2 + (v - cy) ** 2 <= radius ** 2;
  const tail = v > bottom - 0.01 && v < 0.8 && u > 0.3 && u < 0.3 + (0.8 - v) * 1.2;
  return body || tail;
}

/** Three dots inside the bubble: "someone is answering". */
function inDot(u: number, v: number): boolean {
  return [0.36, 0.5, 0.64].some((cx) => (u - cx) ** 2 + (v - 0.45) ** 2 <= 0.045 ** 2);
}

export const paintColor: Painter = (x, y, size) => {
  const [u, v] = [(x + 0.5) / size, (y + 0.5) / size];
  if (inBubble(u, v)) return inDot(u, v) ? PURPLE : WHITE;
  return PURPLE;
};

export const paintOutline: Painter = (x, y, size) => {
  const [u, v] = [(x + 0.5) / size, (y + 0.5) / size];
  return inBubble(u, v) && !inDot(u, v) ? WHITE : CLEAR;
};

export const colorIcon = (): Buffer => encodePng(192, paintColor);
export const outlineIcon = (): Buffer => encodePng(32, paintOutline);
