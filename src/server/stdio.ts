// `shapewise --stdio`: starts the language server on stdin/stdout for editors other than VS Code.
// Interim until the server lands (owned by the extension work): it says so and exits.
export function startStdioServer(): void {
  process.stderr.write('shapewise: the language server is not available in this build yet\n');
  process.exitCode = 2;
}
