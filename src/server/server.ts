// The Shapewise language server, independent of transport: `startServer(connection)` wires an
// LSP connection (stdio, IPC, in-process streams or a browser worker port) to the analyzer and
// the run executor. It only adds shape knowledge — diagnostics, hover, inlay hints and quick
// fixes for Python files — and never claims completion, formatting or other Python features,
// so it sits beside Pylance. Diagnostics are debounced per document and published with the
// document version they were computed for; a result for an outdated version is dropped.
import {
  CodeAction,
  CodeActionKind,
  DiagnosticSeverity,
  DiagnosticTag,
  InlayHint,
  InlayHintKind,
  MarkupKind,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CANCEL_RUN_METHOD,
  DEFAULT_SETTINGS,
  FILE_SHAPES_METHOD,
  RUN_SELECTION_METHOD,
  STATUS_NOTIFICATION,
  normalizeSettings,
  type FileShapesParams,
  type FileShapesResult,
  type RunResult,
  type RunSelectionParams,
  type ServerState,
  type ShapewiseSettings,
  type StatusParams,
} from '../protocol/messages';
import type { AnalysisSeverity, AnalyzedFile, Analyzer, RunExecutor, RunOutcome } from './backend';
import { inlineSummary } from './summary';

export interface ServerOptions {
  analyzer: Analyzer;
  executor: RunExecutor;
  /** Quiet period after the last edit before a document is re-analysed. */
  debounceMs?: number;
  /** Reads a file that is not open in the editor (sibling modules for imports); Node only. */
  readFile?: (uri: string) => string | undefined;
  /** Name reported to the client in `serverInfo`. */
  name?: string;
  version?: string;
  /** One line about the runtime (thread, memory mode), written to the client's log once initialized. */
  runtimeInfo?: () => string;
  /** Sees the client's initializationOptions (the browser entry learns its script's URL there). */
  onInitialize?: (initializationOptions: Record<string, unknown> | undefined) => void;
}

export interface ServerHandle {
  documents: TextDocuments<TextDocument>;
  settings(): ShapewiseSettings;
  /** Resolves when no analysis is scheduled (for tests and the CLI). */
  idle(): Promise<void>;
}

const SEVERITY: Record<AnalysisSeverity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const SILENT_BROADCAST = /silent[-_]?broadcast/i;
/** From this size on (~2,500 lines) a document's first analysis is not recorded for reuse at once (see `recorded`). */
const LARGE_DOCUMENT_CHARS = 100_000;
const EMPTY_ANALYSIS: AnalyzedFile = {
  diagnostics: [],
  hoverAt: () => undefined,
  inlayHints: () => [],
  codeActions: () => [],
  topLevelShapes: [],
};

export function startServer(connection: Connection, options: ServerOptions): ServerHandle {
  const documents = new TextDocuments(TextDocument);
  const debounceMs = options.debounceMs ?? 200;
  let settings: ShapewiseSettings = DEFAULT_SETTINGS;
  let pullConfiguration = false;
  let inlayRefresh = false;
  let runCounter = 0;
  const cache = new Map<string, { version: number; key: string; file: AnalyzedFile }>();
  // Documents analysed with their URI as key, so re-analyses reuse what an edit did not reach
  // (the analysis' statement memo). Recording costs about a second analysis, so a large
  // document's first analysis on opening — which the user waits for — is a plain one, and the
  // recorded one runs once they are idle (scheduleWarmUp) or at their first edit, whichever
  // comes first.
  const recorded = new Set<string>();
  const analysed = new Set<string>();
  const warmUps = new Map<string, ReturnType<typeof setTimeout>>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let idleWaiters: (() => void)[] = [];

  const status = (state: ServerState, message?: string) =>
    void connection.sendNotification(STATUS_NOTIFICATION, { state, message } satisfies StatusParams);

  function analysisOf(doc: TextDocument): AnalyzedFile {
    const key = settings.diagnostics.silentBroadcast ? 'sb' : '';
    const hit = cache.get(doc.uri);
    if (hit && hit.version === doc.version && hit.key === key) return hit.file;
    let file = EMPTY_ANALYSIS;
    try {
      const slash = doc.uri.lastIndexOf('/');
      const dir = doc.uri.slice(0, slash + 1);
      const moduleName = decodeURIComponent(doc.uri.slice(slash + 1)).replace(/\.pyi?$/, '');
      const resolveModule = (name: string) => {
        const uri = `${dir}${name.split('.').map(encodeURIComponent).join('/')}.py`;
        return documents.get(uri)?.getText() ?? options.readFile?.(uri);
      };
      const text = doc.getText();
      const deferRecording = !analysed.has(doc.uri) && text.length >= LARGE_DOCUMENT_CHARS;
      analysed.add(doc.uri);
      if (!deferRecording) {
        recorded.add(doc.uri);
        cancelWarmUp(doc.uri);
      }
      file = options.analyzer(text, { silentBroadcast: settings.diagnostics.silentBroadcast, resolveModule, moduleName, documentKey: doc.uri, recordStatements: !deferRecording });
      if (deferRecording) scheduleWarmUp(doc.uri, doc.version, key, () => options.analyzer(text, { silentBroadcast: settings.diagnostics.silentBroadcast, resolveModule, moduleName, documentKey: doc.uri }));
    } catch (err) {
      // Analysis must never throw on user code; if it does, say so in the log and stay quiet.
      connection.console.error(`shapewise: analysis failed on ${doc.uri}: ${(err as Error)?.stack ?? err}`);
    }
    cache.set(doc.uri, { version: doc.version, key, file });
    return file;
  }

  /**
   * After a large document's first (plain) analysis: the same analysis recorded for reuse, once
   * nothing else is pending, so the first edit is fast. Its result replaces the plain one.
   */
  function scheduleWarmUp(uri: string, version: number, key: string, analyse: () => AnalyzedFile) {
    warmUps.set(uri, setTimeout(() => {
      warmUps.delete(uri);
      const hit = cache.get(uri);
      // An edit since then records at its own analysis (a pending one, or the one that ran).
      if (recorded.has(uri) || documents.get(uri)?.version !== version || timers.has(uri) || hit?.version !== version || hit.key !== key) return;
      recorded.add(uri);
      try {
        cache.set(uri, { version, key, file: analyse() });
      } catch (err) {
        connection.console.error(`shapewise: analysis failed on ${uri}: ${(err as Error)?.stack ?? err}`);
      }
    }, debounceMs));
  }

  function cancelWarmUp(uri: string) {
    const pending = warmUps.get(uri);
    if (pending) clearTimeout(pending);
    warmUps.delete(uri);
  }

  function diagnosticsOf(doc: TextDocument): Diagnostic[] {
    if (!settings.diagnostics.enable) return [];
    const out: Diagnostic[] = [];
    for (const d of analysisOf(doc).diagnostics) {
      if (!settings.diagnostics.silentBroadcast && SILENT_BROADCAST.test(d.code)) continue;
      const override = settings.diagnostics.severity[d.code];
      if (override === 'off') continue;
      const diagnostic: Diagnostic = {
        range: { start: doc.positionAt(d.start), end: doc.positionAt(d.end) },
        severity: override ? SEVERITY[override] : SEVERITY[d.severity] ?? DiagnosticSeverity.Warning,
        code: d.code,
        codeDescription: { href: `https://github.com/shapewise/shapewise/blob/main/docs/diagnostics/${d.code}.md` },
        source: 'shapewise',
        message: d.message,
      };
      if (d.related?.length) {
        diagnostic.relatedInformation = d.related.map((r) => ({
          location: { uri: doc.uri, range: { start: doc.positionAt(r.start), end: doc.positionAt(r.end) } },
          message: r.message,
        }));
      }
      if (d.tags?.length) {
        diagnostic.tags = d.tags.map((t) => (t === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated));
      }
      out.push(diagnostic);
    }
    return out;
  }

  function publish(uri: string) {
    timers.delete(uri);
    const doc = documents.get(uri);
    if (doc) {
      const version = doc.version;
      status('analyzing');
      const diagnostics = diagnosticsOf(doc);
      // The document may have changed while we analysed only if analysis yielded; it does not,
      // but a later version must never be overwritten by this one, so check anyway.
      if (documents.get(uri)?.version === version) {
        void connection.sendDiagnostics({ uri, version, diagnostics });
      }
      status('ready');
    }
    if (timers.size === 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      waiters.forEach((w) => w());
    }
  }

  function schedule(uri: string, delay = debounceMs) {
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    timers.set(uri, setTimeout(() => publish(uri), delay));
  }

  function refreshAll() {
    cache.clear();
    for (const doc of documents.all()) schedule(doc.uri, 0);
    if (inlayRefresh) void connection.languages.inlayHint.refresh().catch(() => undefined);
  }

  async function loadSettings(fromNotification?: unknown) {
    if (pullConfiguration) {
      try {
        settings = normalizeSettings(await connection.workspace.getConfiguration('shapewise'));
      } catch {
        settings = DEFAULT_SETTINGS;
      }
    } else if (fromNotification && typeof fromNotification === 'object') {
      settings = normalizeSettings((fromNotification as Record<string, unknown>).shapewise ?? fromNotification);
    }
  }

  connection.onInitialize((params): InitializeResult => {
    pullConfiguration = !!params.capabilities.workspace?.configuration;
    inlayRefresh = !!params.capabilities.workspace?.inlayHint?.refreshSupport;
    const init = params.initializationOptions as Record<string, unknown> | undefined;
    if (init?.settings) settings = normalizeSettings(init.settings);
    options.onInitialize?.(init);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        inlayHintProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: false },
      },
      serverInfo: { name: options.name ?? 'shapewise', version: options.version },
    };
  });

  connection.onInitialized(async () => {
    if (options.runtimeInfo) connection.console.info(options.runtimeInfo());
    await loadSettings();
    status('ready');
    refreshAll();
  });

  connection.onDidChangeConfiguration(async (change) => {
    await loadSettings(change.settings);
    refreshAll();
  });

  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    const pending = timers.get(e.document.uri);
    if (pending) clearTimeout(pending);
    timers.delete(e.document.uri);
    cache.delete(e.document.uri);
    cancelWarmUp(e.document.uri);
    recorded.delete(e.document.uri);
    analysed.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const hover = analysisOf(doc).hoverAt(doc.offsetAt(params.position));
    if (!hover) return null;
    return {
      contents: { kind: MarkupKind.Markdown, value: hover.markdown },
      range: hover.start !== undefined && hover.end !== undefined
        ? { start: doc.positionAt(hover.start), end: doc.positionAt(hover.end) }
        : undefined,
    };
  });

  connection.languages.inlayHint.on((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !settings.inlayHints.enable) return [];
    const start = doc.offsetAt(params.range.start);
    const end = doc.offsetAt(params.range.end);
    return analysisOf(doc).inlayHints(start, end).map((h): InlayHint => ({
      position: doc.positionAt(h.offset),
      label: h.label,
      kind: InlayHintKind.Type,
      tooltip: h.tooltip,
      paddingLeft: h.paddingLeft ?? true,
    }));
  });

  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const start = doc.offsetAt(params.range.start);
    const end = doc.offsetAt(params.range.end);
    return analysisOf(doc).codeActions(start, end).map((a) => {
      const action = CodeAction.create(a.title, {
        changes: {
          [doc.uri]: a.edits.map((e) => ({
            range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) },
            newText: e.newText,
          })),
        },
      }, CodeActionKind.QuickFix);
      action.isPreferred = a.isPreferred;
      const fixes = params.context.diagnostics.filter((d) => d.source === 'shapewise' && (a.code === undefined || d.code === a.code));
      if (fixes.length) action.diagnostics = fixes;
      return action;
    });
  });

  connection.onRequest(FILE_SHAPES_METHOD, (params: FileShapesParams): FileShapesResult => {
    const doc = documents.get(params.uri);
    if (!doc) return { uri: params.uri, shapes: [] };
    return {
      uri: params.uri,
      shapes: analysisOf(doc).topLevelShapes.map((s) => ({ name: s.name, line: doc.positionAt(s.offset).line, shape: s.shape, dtype: s.dtype })),
    };
  });

  connection.onRequest(CANCEL_RUN_METHOD, () => {
    options.executor.cancel();
    return null;
  });

  connection.onRequest(RUN_SELECTION_METHOD, async (params: RunSelectionParams): Promise<RunResult> => {
    const doc = documents.get(params.uri);
    const startedAt = Date.now();
    const id = `run-${startedAt.toString(36)}-${++runCounter}`;
    const base = { id, uri: params.uri, range: params.range, mode: params.mode, startedAt };
    if (!doc) {
      return { ...base, source: '', kind: 'error', output: '', values: [], durationMs: 0,
        error: { type: 'ShapewiseError', message: 'The document is not open in the language server.' },
        inlineSummary: 'document not open' };
    }
    const start = doc.offsetAt(params.range.start);
    const end = doc.offsetAt(params.range.end);
    const source = doc.getText();
    status('running', 'running selection');
    let outcome: RunOutcome;
    try {
      outcome = await options.executor.run({ source, start, end, limits: settings.run });
    } catch (err) {
      outcome = { kind: 'crash', output: '', values: [], error: { type: 'InternalError', message: String((err as Error)?.message ?? err) } };
    } finally {
      status('ready');
    }
    const result: RunResult = {
      ...base,
      source: source.slice(start, end),
      kind: outcome.kind,
      output: outcome.output,
      valueRepr: outcome.valueRepr,
      values: outcome.values,
      durationMs: Date.now() - startedAt,
      inlineSummary: '',
    };
    if (outcome.error) {
      const { offset, line, ...rest } = outcome.error;
      const pos = offset !== undefined ? doc.positionAt(offset) : line !== undefined ? { line, character: 0 } : undefined;
      result.error = { ...rest, line: pos?.line, character: pos?.character };
    }
    result.inlineSummary = inlineSummary(result, settings.run.timeLimitMs);
    return result;
  });

  documents.listen(connection);
  connection.onShutdown(() => {
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
    options.executor.dispose();
  });

  return {
    documents,
    settings: () => settings,
    idle: () => (timers.size === 0 ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve))),
  };
}
