// Vitest setup file: the HTTP client of every test (the global fetch) reuses an idle connection for
// at most a few seconds, whatever the server's Keep-Alive hint says. Parley's servers keep idle
// connections for 65 s (scripts/serve-options.mjs), so a request never travels on a connection the
// server may be closing, even when a busy machine stalls the server for a minute. Before, with Node's
// 5 s on the server and the client trusting its hint, a stalled server closed connections under
// requests already sent: an upload failed with `write EPIPE` when both cores were kept busy.
import { Agent, setGlobalDispatcher } from "undici";

const IDLE_REUSE_MS = 4_000;

setGlobalDispatcher(new Agent({ keepAliveTimeout: IDLE_REUSE_MS, keepAliveMaxTimeout: IDLE_REUSE_MS }));
