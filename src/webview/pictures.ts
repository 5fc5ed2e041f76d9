// Pure decisions behind the results panel's pictures, kept apart from the DOM so they can be
// tested in Node: which picture a value gets from its shape and dtype, where each image slice
// starts in a row-major preview, and the perceptual colour map for heatmaps.

export type PictureKind = 'none' | 'line' | 'bar' | 'heatmap' | 'image' | 'slices';

/** The picture a person would rather look at for this shape and dtype. */
export function pictureKind(shape: readonly number[], dtype: string): PictureKind {
  if (!/^(bool|u?int|float)/.test(dtype)) return 'none';
  const size = shape.reduce((a, b) => a * b, 1);
  if (shape.length === 0 || size < 2) return 'none';
  if (shape.length === 1) return shape[0] <= 40 ? 'bar' : 'line';
  if (shape.length === 2) return dtype === 'uint8' && shape[0] >= 8 && shape[1] >= 8 ? 'image' : 'heatmap';
  if (shape.length === 3 && (shape[2] === 3 || shape[2] === 4)) return 'image';
  if (shape.length === 3 || shape.length === 4) return 'slices';
  return 'none';
}

export interface ImageLayout {
  h: number;
  w: number;
  channels: number;
  /** Distance in the preview's flat data between channels of one pixel, and between pixels. */
  channelStride: number;
  pixelStride: number;
  slices: { label: string; offset: number }[];
}

/** Layout of the image(s) in a preview of `shape` sampled to `preview` (same rank). */
export function imageLayout(shape: readonly number[], preview: readonly number[]): ImageLayout | undefined {
  const nd = shape.length;
  if (nd === 2) {
    return { h: preview[0], w: preview[1], channels: 1, channelStride: 0, pixelStride: 1, slices: [{ label: '', offset: 0 }] };
  }
  if (nd === 3 && (shape[2] === 3 || shape[2] === 4)) {
    const c = preview[2];
    return { h: preview[0], w: preview[1], channels: c, channelStride: 1, pixelStride: c, slices: [{ label: '', offset: 0 }] };
  }
  if (nd === 3) {
    // (N, H, W): one greyscale slice per leading index.
    const [n, h, w] = preview;
    return { h, w, channels: 1, channelStride: 0, pixelStride: 1, slices: Array.from({ length: n }, (_, i) => ({ label: `[${i}]`, offset: i * h * w })) };
  }
  if (nd === 4) {
    const [n, c, h, w] = preview;
    if (shape[1] === 3 && c === 3) {
      // (N, 3, H, W): channels-first colour images.
      return { h, w, channels: 3, channelStride: h * w, pixelStride: 1, slices: Array.from({ length: n }, (_, i) => ({ label: `[${i}]`, offset: i * c * h * w })) };
    }
    const slices: { label: string; offset: number }[] = [];
    for (let i = 0; i < n; i++) for (let j = 0; j < c; j++) slices.push({ label: `[${i}, ${j}]`, offset: (i * c + j) * h * w });
    return { h, w, channels: 1, channelStride: 0, pixelStride: 1, slices };
  }
  return undefined;
}

// A viridis-like perceptual ramp (dark blue → green → yellow) at 9 stops, interpolated linearly:
// readable for colour-blind users and in both light and dark themes.
const STOPS: [number, number, number][] = [
  [68, 1, 84], [71, 44, 122], [59, 81, 139], [44, 113, 142], [33, 144, 141],
  [39, 173, 129], [92, 200, 99], [170, 220, 50], [253, 231, 37],
];

export function colormap(t: number): [number, number, number] {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(x));
  const f = x - i;
  const a = STOPS[i], b = STOPS[i + 1];
  return [Math.round(a[0] + (b[0] - a[0]) * f), Math.round(a[1] + (b[1] - a[1]) * f), Math.round(a[2] + (b[2] - a[2]) * f)];
}
