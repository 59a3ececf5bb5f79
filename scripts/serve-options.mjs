// How Parley's production server is started: shared by `npm start` and the servers the tests start.

/**
 * How long the server keeps an idle keep-alive connection open (Node's default is 5 s). A request
 * sent on a connection the server is closing is lost: the client sees a reset (`ECONNRESET`, or
 * `write EPIPE` while it still sends the body). It takes no bad luck to hit: a server whose event
 * loop stood still for a moment (a busy machine, a long synchronous step) runs its expired
 * keep-alive timer before it reads a request that already arrived, and closes that connection under
 * it. So the server keeps idle connections far longer than its clients do: longer than the 60 s
 * idle timeout of common load balancers and proxies (nginx, AWS ALB), and than the tests' HTTP
 * client (test/support/http-client-setup.ts).
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** `next start` arguments for a server on `port`. */
export const nextStartArgs = (port) => ["start", "--port", String(port), "--keepAliveTimeout", String(KEEP_ALIVE_TIMEOUT_MS)];
