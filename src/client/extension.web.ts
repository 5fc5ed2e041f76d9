// VS Code extension entry for VS Code for the Web (browser). Filled in by the client work (issue 6).
export function activate(): void {}
export function deactivate(): void {}
