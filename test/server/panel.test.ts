// Pure pieces of the client and the results panel, tested without VS Code: which picture a
// value gets, where image slices start in a preview, the heatmap colour ramp's ends, the
// `# %%` cell finder behind Run Cell, settings normalisation, and the stored-state slimming
// that keeps the panel's saved entries small.
import { strict as assert } from 'node:assert';
import { cellAt } from '../../src/protocol/cells';
import { normalizeSettings, DEFAULT_SETTINGS, PANEL_MAX_ENTRIES, PANEL_STORED_DATA_CHARS, slimPanelEntries, type PanelEntry } from '../../src/protocol/messages';
import { colormap, imageLayout, pictureKind } from '../../src/webview/pictures';

describe('results panel: pictures', () => {
  it('chooses a picture by shape and dtype', () => {
    assert.equal(pictureKind([2, 3], 'int64'), 'heatmap');
    assert.equal(pictureKind([28, 28], 'uint8'), 'image');
    assert.equal(pictureKind([64, 64, 3], 'float32'), 'image');
    assert.equal(pictureKind([8, 3, 32, 32], 'float64'), 'slices');
    assert.equal(pictureKind([10], 'float64'), 'bar');
    assert.equal(pictureKind([500], 'float64'), 'line');
    assert.equal(pictureKind([], 'float64'), 'none');
    assert.equal(pictureKind([3], '<U5'), 'none');
    assert.equal(pictureKind([2, 2, 2, 2, 2], 'int64'), 'none');
  });

  it('lays out image slices of (N, C, H, W) and (N, 3, H, W) previews', () => {
    const grey = imageLayout([10, 2, 5, 6], [4, 2, 5, 6])!;
    assert.deepEqual(grey.slices.map((s) => [s.label, s.offset]).slice(0, 3), [['[0, 0]', 0], ['[0, 1]', 30], ['[1, 0]', 60]]);
    assert.equal(grey.slices.length, 8);
    const colour = imageLayout([10, 3, 5, 6], [4, 3, 5, 6])!;
    assert.deepEqual([colour.channels, colour.channelStride, colour.pixelStride, colour.slices[1].offset], [3, 30, 1, 90]);
    const hwc = imageLayout([5, 6, 3], [5, 6, 3])!;
    assert.deepEqual([hwc.channels, hwc.channelStride, hwc.pixelStride], [3, 1, 3]);
  });

  it('the colour ramp runs dark to bright and clamps', () => {
    const [r0, g0, b0] = colormap(0);
    const [r1, g1, b1] = colormap(1);
    assert.ok(r0 + g0 + b0 < r1 + g1 + b1);
    assert.deepEqual(colormap(-5), colormap(0));
    assert.deepEqual(colormap(7), colormap(1));
    assert.deepEqual(colormap(NaN), colormap(0));
  });
});

describe('client: Run Cell finds the # %% cell', () => {
  const lines = ['import numpy as np', '# %% load', 'x = np.ones(3)', '', '#%% show', 'print(x)', '', ''];
  it('runs from after the marker to before the next one, without trailing blanks', () => {
    assert.deepEqual(cellAt(lines, 2), { first: 2, last: 2, hasMarkers: true });
    assert.deepEqual(cellAt(lines, 1), { first: 2, last: 2, hasMarkers: true });
    assert.deepEqual(cellAt(lines, 5), { first: 5, last: 5, hasMarkers: true });
    assert.deepEqual(cellAt(lines, 0), { first: 0, last: 0, hasMarkers: true });
  });
  it('a file without markers is one cell', () => {
    assert.deepEqual(cellAt(['a = 1', 'b = 2', ''], 1), { first: 0, last: 1, hasMarkers: false });
  });
});

describe('settings', () => {
  it('fills defaults, clamps limits and drops unknown severities', () => {
    assert.deepEqual(normalizeSettings(undefined), DEFAULT_SETTINGS);
    const s = normalizeSettings({ run: { timeLimitMs: 5, memoryLimitMb: 'lots' }, diagnostics: { severity: { 'silent-broadcast': 'hint', x: 'loud' } } });
    assert.equal(s.run.timeLimitMs, 100);
    assert.equal(s.run.memoryLimitMb, DEFAULT_SETTINGS.run.memoryLimitMb);
    assert.deepEqual(s.diagnostics.severity, { 'silent-broadcast': 'hint' });
  });
});

describe('results panel: saved state', () => {
  const entry = (id: string, previewNumbers: number): PanelEntry => ({
    id, uri: 'file:///a.py', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, mode: 'selection',
    source: 'x', kind: 'ok', output: `out ${id}\n`, inlineSummary: '', durationMs: 1, startedAt: 0,
    values: [{ name: 'x', shape: [previewNumbers], dtype: 'float64', previewShape: [previewNumbers], previewIndex: [[0]],
      data: Array.from({ length: previewNumbers }, (_, i) => i / 7), stats: { min: 0, max: 1, mean: 0.5 } }],
  });
  const hasData = (e: PanelEntry) => e.values[0].data !== undefined;

  it('keeps every picture while the data fits the budget', () => {
    const saved = slimPanelEntries([entry('a', 100), entry('b', 100)]);
    assert.deepEqual(saved.map(hasData), [true, true]);
    assert.deepEqual(saved[0], entry('a', 100));
  });

  it('drops the data of entries past the budget, newest first, and keeps their text, shape and stats', () => {
    const big = JSON.stringify(entry('a', 12_000).values[0].data).length; // ~220 KB of numbers
    assert.ok(big < PANEL_STORED_DATA_CHARS && 2 * big > PANEL_STORED_DATA_CHARS);
    const saved = slimPanelEntries([entry('new', 12_000), entry('mid', 12_000), entry('old', 10)]);
    assert.deepEqual(saved.map(hasData), [true, false, true]);
    const { data, previewShape, previewIndex, ...rest } = entry('mid', 12_000).values[0];
    assert.deepEqual(saved[1].values[0], rest);
    assert.equal(saved[1].output, 'out mid\n');
  });

  it('a picture larger than the whole budget is not saved, and at most PANEL_MAX_ENTRIES entries are', () => {
    assert.ok(JSON.stringify(entry('huge', 25_000).values[0].data).length > PANEL_STORED_DATA_CHARS);
    assert.deepEqual(slimPanelEntries([entry('huge', 25_000), entry('small', 10)]).map(hasData), [false, true]);
    assert.equal(slimPanelEntries(Array.from({ length: PANEL_MAX_ENTRIES + 5 }, (_, i) => entry(`e${i}`, 1))).length, PANEL_MAX_ENTRIES);
  });
});
