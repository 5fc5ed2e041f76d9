// Entry of the language server for Node (stdio or IPC). Filled in by the server work (issue 6).
export {};
