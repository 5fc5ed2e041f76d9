// The URI scheme of the e2e test's in-memory workspace, shared by the memfs web extension
// (test/e2e/web/memfsExtension.ts) and the server that points the workbench at it.
export const MEMFS_SCHEME = 'shapewise-memfs';
