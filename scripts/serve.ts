/**
 * Serves the production build on 127.0.0.1 with the same security headers a
 * real host should send (public/_headers). Usage: serve [dist-dir] [port]
 */
import { startServer } from './static-server';

const dir = process.argv[2] ?? 'dist';
const port = Number(process.argv[3] ?? process.env.PORT ?? 4173);
const server = await startServer(dir, port);
console.log(`CSA Pathway is running at ${server.url}/  (Ctrl+C to stop)`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
