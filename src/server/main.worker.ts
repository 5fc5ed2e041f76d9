// Entry of the language server for a browser web worker (VS Code for the Web). Filled in by the server work (issue 6).
export {};
