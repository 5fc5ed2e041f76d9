// VS Code extension entry for desktop VS Code (Node). Filled in by the client work (issue 6).
export function activate(): void {}
export function deactivate(): void {}
