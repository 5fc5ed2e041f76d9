// Entry of the language server bundle for Node (dist/server/server.node.js), started by the
// VS Code client over IPC. The CLI's `shapewise --stdio` calls startNodeServer() from
// nodeServer.ts instead of importing this file.
import { startNodeServer } from './nodeServer';

startNodeServer();
