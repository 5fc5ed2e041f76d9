// Script of the results panel webview: renders one entry per run, newest first — the snippet,
// NumPy's printed output verbatim, each value's shape, dtype and min/max/mean, and a picture
// (heatmap for 2-D, line or bar plot for 1-D, images for (H, W, 3|4) and slices of
// (N, C, H, W)). Colours come from the VS Code theme's CSS variables; pictures are drawn on
// canvases from the server's capped previews, so huge arrays cost a bounded amount of work.
// Persists its entries with setState so the panel comes back after a reload.
import type { HostToPanel, PanelEntry, PanelState, PanelToHost, RunValue } from '../protocol/messages';
import { PANEL_MAX_ENTRIES, slimPanelEntries } from '../protocol/messages';
import { colormap, imageLayout, pictureKind, type PictureKind } from './pictures';

interface VsCodeApi {
  postMessage(message: PanelToHost): void;
  getState(): PanelState | undefined;
  setState(state: PanelState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('entries')!;
const empty = document.getElementById('empty')!;
/** Output longer than this is shown truncated with a button to show the rest. */
const OUTPUT_PREVIEW_CHARS = 20_000;
let entries: PanelEntry[] = vscode.getState()?.entries ?? [];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c);
  return node;
}

function shapeText(shape: number[]): string {
  return `(${shape.join(', ')}${shape.length === 1 ? ',' : ''})`;
}

function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x !== 0 && (Math.abs(x) >= 1e6 || Math.abs(x) < 1e-4)) return x.toExponential(4);
  return String(Number(x.toPrecision(6)));
}

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
}

function persist() {
  // Pictures' data only for the newest entries, within a budget, so the saved state stays small.
  vscode.setState({ entries: slimPanelEntries(entries) });
}

function describeRange(e: PanelEntry): string {
  const file = decodeURIComponent(e.uri.split('/').pop() ?? e.uri);
  const a = e.range.start.line + 1;
  const b = e.range.end.line + 1;
  return `${file}:${a === b ? a : `${a}–${b}`}`;
}

function reveal(uri: string, line: number, character = 0) {
  vscode.postMessage({ type: 'reveal', uri, line, character });
}

function drawHeatmap(canvas: HTMLCanvasElement, data: (number | null)[], h: number, w: number, min: number, max: number, offset = 0) {
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const img = ctx.createImageData(w, h);
  const span = max - min || 1;
  for (let i = 0; i < h * w; i++) {
    const v = data[offset + i];
    const [r, g, b] = v === null ? [128, 128, 128] : colormap((v - min) / span);
    img.data[i * 4] = r; img.data[i * 4 + 1] = g; img.data[i * 4 + 2] = b; img.data[i * 4 + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
}

function drawImage(canvas: HTMLCanvasElement, data: (number | null)[], h: number, w: number, channels: number, channelStride: number, pixelStride: number, scale: (v: number) => number, offset = 0) {
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const img = ctx.createImageData(w, h);
  for (let p = 0; p < h * w; p++) {
    const at = (c: number) => data[offset + p * pixelStride + c * channelStride] ?? 0;
    if (channels === 1) {
      const g = scale(at(0));
      img.data[p * 4] = g; img.data[p * 4 + 1] = g; img.data[p * 4 + 2] = g; img.data[p * 4 + 3] = 255;
    } else {
      img.data[p * 4] = scale(at(0)); img.data[p * 4 + 1] = scale(at(1)); img.data[p * 4 + 2] = scale(at(2));
      img.data[p * 4 + 3] = channels === 4 ? scale(at(3)) : 255;
    }
  }
  ctx.putImageData(img, 0, 0);
}

function drawPlot(canvas: HTMLCanvasElement, data: (number | null)[], bars: boolean) {
  const width = 480, height = 160, pad = 6;
  const ratio = window.devicePixelRatio || 1;
  canvas.width = width * ratio;
  canvas.height = height * ratio;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.scale(ratio, ratio);
  const finite = data.filter((v): v is number => v !== null);
  let min = Math.min(0, ...finite), max = Math.max(0, ...finite);
  if (min === max) { min -= 1; max += 1; }
  const y = (v: number) => pad + (height - 2 * pad) * (1 - (v - min) / (max - min));
  const n = data.length;
  ctx.strokeStyle = cssVar('--vscode-editorWidget-border', '#888');
  ctx.beginPath(); ctx.moveTo(0, y(0)); ctx.lineTo(width, y(0)); ctx.stroke();
  const colour = cssVar('--vscode-charts-blue', '#3794ff');
  if (bars) {
    const bw = (width - 2 * pad) / n;
    ctx.fillStyle = colour;
    data.forEach((v, i) => {
      if (v === null) return;
      const top = Math.min(y(v), y(0));
      ctx.fillRect(pad + i * bw + bw * 0.1, top, Math.max(1, bw * 0.8), Math.max(1, Math.abs(y(v) - y(0))));
    });
  } else {
    ctx.strokeStyle = colour;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    let pen = false;
    data.forEach((v, i) => {
      const x = pad + ((width - 2 * pad) * i) / Math.max(1, n - 1);
      if (v === null) { pen = false; return; }
      if (pen) ctx.lineTo(x, y(v)); else ctx.moveTo(x, y(v));
      pen = true;
    });
    ctx.stroke();
  }
}

function pictureFor(v: RunValue): HTMLElement | undefined {
  if (!v.data || !v.previewShape) return undefined;
  const kind: PictureKind = pictureKind(v.shape, v.dtype);
  if (kind === 'none') return undefined;
  const ps = v.previewShape;
  const data = v.data;
  const finite = data.filter((x): x is number => x !== null);
  const min = v.stats?.min ?? Math.min(...finite);
  const max = v.stats?.max ?? Math.max(...finite);
  const sampled = v.previewShape.some((n, i) => n !== v.shape[i]);
  const note = sampled ? ` (sampled to ${shapeText(ps)})` : '';
  const figure = el('figure', { class: `picture picture-${kind}` });
  const label = (what: string) => `${what} of ${v.name}, shape ${shapeText(v.shape)}${note}, values from ${fmt(min)} to ${fmt(max)}`;
  if (kind === 'line' || kind === 'bar') {
    const canvas = el('canvas', { role: 'img', 'aria-label': label(kind === 'bar' ? 'Bar plot' : 'Line plot') });
    drawPlot(canvas, data, kind === 'bar');
    figure.append(canvas, el('figcaption', {}, `${kind === 'bar' ? 'bar plot' : 'line plot'}${note}`));
    return figure;
  }
  if (kind === 'heatmap') {
    const [h, w] = ps;
    const canvas = el('canvas', { role: 'img', class: 'pixelated', 'aria-label': label('Heatmap') });
    drawHeatmap(canvas, data, h, w, min, max);
    const legend = el('span', { class: 'legend', 'aria-hidden': 'true' }, el('span', {}, fmt(min)), el('span', { class: 'ramp' }), el('span', {}, fmt(max)));
    figure.append(canvas, el('figcaption', {}, `heatmap${note} `, legend));
    return figure;
  }
  // Images: (H, W, 3|4) colour, (H, W) greyscale in uint8, slices of (N, C, H, W) / (N, H, W).
  const layout = imageLayout(v.shape, ps);
  if (!layout) return undefined;
  const is8bit = v.dtype === 'uint8';
  const scale = is8bit
    ? (x: number) => x
    : min >= 0 && max <= 1
      ? (x: number) => Math.round(x * 255)
      : (x: number) => Math.round(((x - min) / (max - min || 1)) * 255);
  const grid = el('div', { class: 'slices' });
  for (const slice of layout.slices) {
    const canvas = el('canvas', { role: 'img', class: 'pixelated', 'aria-label': label(`Image ${slice.label}`) });
    if (layout.channels === 1 && !is8bit && kind === 'slices') {
      drawHeatmap(canvas, data, layout.h, layout.w, min, max, slice.offset);
    } else {
      drawImage(canvas, data, layout.h, layout.w, layout.channels, layout.channelStride, layout.pixelStride, scale, slice.offset);
    }
    grid.append(el('div', { class: 'slice' }, canvas, el('span', {}, slice.label)));
  }
  figure.append(grid, el('figcaption', {}, `${kind === 'slices' ? 'slices' : 'image'}${note}`));
  return figure;
}

function valueView(v: RunValue): HTMLElement {
  if (!v.shape.length && !v.data) {
    // A plain Python value (int, float, list, ...): one line, name = repr.
    return el('section', { class: 'value plain', 'aria-label': `${v.name} = ${v.repr ?? ''}` },
      el('h3', {}, el('code', {}, v.name), ' = ', el('code', { class: 'repr-inline' }, v.repr ?? ''), v.dtype ? el('span', { class: 'dtype' }, `  ${v.dtype}`) : ''));
  }
  const box = el('section', { class: 'value', 'aria-label': `${v.name}: shape ${shapeText(v.shape)}, ${v.dtype}` });
  const head = el('h3', {}, el('code', {}, v.name), ' ', el('span', { class: 'shape' }, v.shape.length ? shapeText(v.shape) : 'scalar'), ' ', el('span', { class: 'dtype' }, v.dtype));
  box.append(head);
  if (v.stats) {
    box.append(el('dl', { class: 'stats' },
      el('dt', {}, 'min'), el('dd', {}, fmt(v.stats.min)),
      el('dt', {}, 'max'), el('dd', {}, fmt(v.stats.max)),
      el('dt', {}, 'mean'), el('dd', {}, fmt(v.stats.mean))));
  }
  try {
    const pic = pictureFor(v);
    if (pic) box.append(pic);
  } catch {
    // A picture is a bonus; never let a drawing problem hide the text.
  }
  if (v.repr) {
    const details = el('details', {}, el('summary', {}, 'repr'), el('pre', { class: 'repr' }, v.repr));
    box.append(details);
  }
  return box;
}

function entryView(e: PanelEntry): HTMLElement {
  const article = el('article', { class: `entry kind-${e.kind}`, 'data-id': e.id, tabindex: '-1', 'aria-labelledby': `h-${e.id}` });
  const when = new Date(e.startedAt).toLocaleTimeString();
  const title = el('h2', { id: `h-${e.id}` });
  const link = el('a', { href: '#', title: 'Go to the code that ran' }, describeRange(e));
  link.addEventListener('click', (ev) => { ev.preventDefault(); reveal(e.uri, e.range.start.line, e.range.start.character); });
  title.append(link, el('span', { class: 'meta' }, ` · ${e.mode} · ${when} · ${e.durationMs} ms`));
  const remove = el('button', { type: 'button', class: 'icon', title: 'Remove this result', 'aria-label': `Remove result ${describeRange(e)}` }, '×');
  remove.addEventListener('click', () => {
    entries = entries.filter((x) => x.id !== e.id);
    persist();
    vscode.postMessage({ type: 'remove', id: e.id });
    article.remove();
    refreshEmpty();
  });
  article.append(el('header', {}, title, remove));
  article.append(el('pre', { class: 'snippet', 'aria-label': 'Code that ran' }, el('code', {}, e.source)));
  if (e.error) {
    const err = el('div', { class: 'error', role: 'alert' }, el('strong', {}, `${e.error.type}: `), e.error.message);
    if (e.error.line !== undefined) {
      const at = el('a', { href: '#', class: 'error-link' }, `line ${e.error.line + 1}`);
      at.addEventListener('click', (ev) => { ev.preventDefault(); reveal(e.uri, e.error!.line!, e.error!.character ?? 0); });
      err.append(' (', at, ')');
    }
    article.append(err);
  }
  if (e.output) {
    const out = el('pre', { class: 'output', 'aria-label': 'Printed output' });
    if (e.output.length > OUTPUT_PREVIEW_CHARS) {
      out.textContent = e.output.slice(0, OUTPUT_PREVIEW_CHARS);
      const more = el('button', { type: 'button' }, `Show all ${e.output.length.toLocaleString()} characters`);
      more.addEventListener('click', () => { out.textContent = e.output; more.remove(); });
      article.append(out, more);
    } else {
      out.textContent = e.output;
      article.append(out);
    }
  }
  if (e.valueRepr !== undefined) article.append(el('pre', { class: 'output value-repr', 'aria-label': 'Value' }, e.valueRepr));
  for (const v of e.values) article.append(valueView(v));
  return article;
}

function refreshEmpty() {
  empty.hidden = entries.length > 0;
}

function renderAll() {
  root.replaceChildren(...entries.map(entryView));
  refreshEmpty();
}

window.addEventListener('message', (event: MessageEvent<HostToPanel>) => {
  const msg = event.data;
  if (msg.type === 'add') {
    entries = [msg.entry, ...entries.filter((e) => e.id !== msg.entry.id)].slice(0, PANEL_MAX_ENTRIES);
    const view = entryView(msg.entry);
    root.querySelector(`[data-id="${CSS.escape(msg.entry.id)}"]`)?.remove();
    root.prepend(view);
    while (root.children.length > PANEL_MAX_ENTRIES) root.lastElementChild?.remove();
    refreshEmpty();
    persist();
  } else if (msg.type === 'reset') {
    entries = msg.entries;
    renderAll();
    persist();
  }
});

document.getElementById('clear')?.addEventListener('click', () => {
  entries = [];
  renderAll();
  persist();
  vscode.postMessage({ type: 'clear' });
});

// Keyboard: j / k (or arrows with Alt) move between entries.
document.addEventListener('keydown', (ev) => {
  if (ev.target instanceof HTMLElement && /^(INPUT|TEXTAREA|BUTTON|A|SUMMARY)$/.test(ev.target.tagName) && !ev.altKey) return;
  const down = ev.key === 'j' || (ev.altKey && ev.key === 'ArrowDown');
  const up = ev.key === 'k' || (ev.altKey && ev.key === 'ArrowUp');
  if (!down && !up) return;
  const all = Array.from(root.querySelectorAll<HTMLElement>('article.entry'));
  const at = all.findIndex((a) => a.contains(document.activeElement));
  const next = all[Math.max(0, Math.min(all.length - 1, at + (down ? 1 : -1)))];
  if (next) { next.focus(); ev.preventDefault(); }
});

renderAll();
vscode.postMessage({ type: 'ready' });
