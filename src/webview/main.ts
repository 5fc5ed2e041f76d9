// Script of the results panel webview. Filled in by the client work (issue 6).
export {};
