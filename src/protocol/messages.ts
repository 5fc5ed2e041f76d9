// The one shared vocabulary between the language server, the VS Code client and the results
// panel webview: custom LSP method names, the run-selection request and result, the settings
// shape, and the messages the panel host and the webview exchange. Plain data only (JSON-safe);
// nothing here may import VS Code, LSP packages or any other src/ folder.

/** Custom request: run a range of a document on the bundled engine. */
export const RUN_SELECTION_METHOD = 'shapewise/runSelection';
/** Custom request: the inferred shapes of a file's top-level names. */
export const FILE_SHAPES_METHOD = 'shapewise/fileShapes';
/** Custom request: stop the run in progress, if any. */
export const CANCEL_RUN_METHOD = 'shapewise/cancelRun';
/** Server → client notification with the server's state, shown in the status bar. */
export const STATUS_NOTIFICATION = 'shapewise/status';

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

export interface RunSelectionParams {
  uri: string;
  /** The text to run; when empty, the server runs `range` of the document it knows. */
  range: Range;
  /** What the user asked for: a selection, the current line, or a `# %%` cell. */
  mode: 'selection' | 'line' | 'cell';
}

export interface ValueStats { min: number; max: number; mean: number }

/** One array (or scalar) value the run produced, with a capped preview of its data. */
export interface RunValue {
  name: string;
  /** Full shape of the value (empty for scalars). */
  shape: number[];
  dtype: string;
  /** NumPy's repr of the value, exactly as NumPy prints it. */
  repr?: string;
  /** Shape of `data`: each axis sampled so that large arrays stay cheap to send and draw. */
  previewShape?: number[];
  /** Row-major numbers of the preview (booleans as 0/1, NaN as null). */
  data?: (number | null)[];
  /** For each axis of the preview, which index of the full array each preview index is. */
  previewIndex?: number[][];
  stats?: ValueStats;
}

export interface RunError {
  /** Python exception type as NumPy would raise it, e.g. `ValueError`. */
  type: string;
  message: string;
  /** 0-based line in the document where it was raised, when known. */
  line?: number;
  character?: number;
}

export type RunKind = 'ok' | 'error' | 'timeout' | 'memory' | 'cancelled' | 'crash';

export interface RunResult {
  id: string;
  uri: string;
  range: Range;
  mode: RunSelectionParams['mode'];
  /** The source that was run, for the panel's snippet. */
  source: string;
  kind: RunKind;
  /** Everything printed, exactly as Python + NumPy print it. */
  output: string;
  /** repr of the value of the last expression statement, if the run ended in one. */
  valueRepr?: string;
  values: RunValue[];
  error?: RunError;
  /** One short line for the inline decoration at the end of the run range. */
  inlineSummary: string;
  durationMs: number;
  /** When the run started (epoch ms), for the panel's entry. */
  startedAt: number;
}

export interface FileShapesParams { uri: string }
export interface FileShape { name: string; line: number; shape: string; dtype?: string }
export interface FileShapesResult { uri: string; shapes: FileShape[] }

export type ServerState = 'starting' | 'ready' | 'analyzing' | 'running' | 'error';
export interface StatusParams { state: ServerState; message?: string }

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** Settings under `shapewise.*`, as the server reads them. */
export interface ShapewiseSettings {
  diagnostics: { enable: boolean; severity: Record<string, SeverityName>; silentBroadcast: boolean };
  inlayHints: { enable: boolean };
  run: { timeLimitMs: number; memoryLimitMb: number };
  trace?: string;
}

export const DEFAULT_SETTINGS: ShapewiseSettings = {
  diagnostics: { enable: true, severity: {}, silentBroadcast: true },
  inlayHints: { enable: true },
  run: { timeLimitMs: 5000, memoryLimitMb: 512 },
};

/** Merges a partial settings object (as read from the editor) over the defaults, ignoring junk. */
export function normalizeSettings(raw: unknown): ShapewiseSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, any>;
  const d = DEFAULT_SETTINGS;
  const bool = (v: unknown, dflt: boolean) => (typeof v === 'boolean' ? v : dflt);
  const num = (v: unknown, dflt: number, min: number, max: number) =>
    typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : dflt;
  const severity: Record<string, SeverityName> = {};
  const rawSeverity = r.diagnostics?.severity;
  if (rawSeverity && typeof rawSeverity === 'object') {
    for (const [code, value] of Object.entries(rawSeverity)) {
      if (value === 'error' || value === 'warning' || value === 'information' || value === 'hint' || value === 'off') severity[code] = value;
    }
  }
  const out: ShapewiseSettings = {
    diagnostics: {
      enable: bool(r.diagnostics?.enable, d.diagnostics.enable),
      severity,
      silentBroadcast: bool(r.diagnostics?.silentBroadcast, d.diagnostics.silentBroadcast),
    },
    inlayHints: { enable: bool(r.inlayHints?.enable, d.inlayHints.enable) },
    run: {
      timeLimitMs: num(r.run?.timeLimitMs, d.run.timeLimitMs, 100, 600_000),
      memoryLimitMb: num(r.run?.memoryLimitMb, d.run.memoryLimitMb, 16, 16_384),
    },
  };
  if (typeof r.trace === 'string') out.trace = r.trace;
  return out;
}

// ---- results panel (webview) messages ----

export interface PanelEntry extends RunResult {}

export type HostToPanel =
  | { type: 'add'; entry: PanelEntry }
  | { type: 'reset'; entries: PanelEntry[] };

export type PanelToHost =
  | { type: 'ready' }
  | { type: 'reveal'; uri: string; line: number; character?: number }
  | { type: 'clear' }
  | { type: 'remove'; id: string };

/** State the webview persists with `setState` so the panel comes back after a reload. */
export interface PanelState { entries: PanelEntry[] }

/** How many runs the panel keeps; older ones drop off the end. */
export const PANEL_MAX_ENTRIES = 30;

/**
 * Characters of picture data (JSON of the previews' numbers) the saved panel state may hold.
 * VS Code re-sends an extension's whole workspace state on every update and warns past 512 KiB
 * (1.91's LARGE_STATE_WARNING_THRESHOLD); one 128×128 float64 heatmap preview is ~310 KB, so
 * the newest big picture survives a reload and the rest of the budget is left for the text.
 */
export const PANEL_STORED_DATA_CHARS = 360 * 1024;

/**
 * The entries as saved for a reload: at most PANEL_MAX_ENTRIES, newest first; each keeps its
 * preview data while the data saved so far fits in PANEL_STORED_DATA_CHARS, otherwise only its
 * text, shapes, dtypes and statistics (the panel then shows it without a picture).
 */
export function slimPanelEntries(entries: readonly PanelEntry[], budgetChars = PANEL_STORED_DATA_CHARS): PanelEntry[] {
  let left = budgetChars;
  return entries.slice(0, PANEL_MAX_ENTRIES).map((e) => {
    const chars = e.values.reduce((n, v) => n + (v.data ? JSON.stringify(v.data).length : 0), 0);
    if (chars <= left) {
      left -= chars;
      return e;
    }
    return { ...e, values: e.values.map(({ data, previewShape, previewIndex, ...rest }) => rest) };
  });
}
