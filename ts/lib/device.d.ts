// The device API's globals. The compiler adds this file to every program;
// editors pick it up through the app's tsconfig.json. The Node shim
// (ts/lib/shim.ts) implements the same API on node's http module.
//
// Calls map onto the C runtime (components/runtime/api/tsfw_api.h):
//   Http.createServer(h)  -> ts_api_Http_createServer
//   setTimeout(f, ms)     -> ts_api_setTimeout  (and the other timer calls)
//   server.listen(...), res.write(...), ...  -> methods of runtime classes

/** Prints its arguments like console.log. */
declare function print(...args: unknown[]): void;

interface Console {
  log(...args: unknown[]): void;
  error(...args: unknown[]): void;
}
declare var console: Console;

// ------------------------------------------------------------------ timers

/** Timer ids are plain numbers, on the device and on node (the shim maps them). */
declare function setTimeout(callback: () => void, ms?: number): number;
declare function setInterval(callback: () => void, ms?: number): number;
declare function clearTimeout(id: number | undefined): void;
declare function clearInterval(id: number | undefined): void;

// -------------------------------------------------------------------- HTTP

/** A string-keyed record of header values. */
interface HttpHeaders {
  [name: string]: string;
}

/** The request a server handler receives. */
interface Request {
  /** "GET", "POST", ... */
  readonly method: string;
  /** The request target as sent: "/a%20b?x=1". */
  readonly url: string;
  /** The percent-decoded path without the query: "/a b". */
  readonly path: string;
  /** The raw text after '?', "" when there is none. */
  readonly query: string;
  /** Header names in lower case (as node gives them). */
  readonly headers: HttpHeaders;
  /** The whole request body ("" when there is none). */
  readonly body: string;
  /** "127.0.0.1", "::1", ... */
  readonly remoteAddress: string;
}

/** Mongoose 6 mg_serve_http_opts names. */
interface ServeOptions {
  /** Directory to serve from; default ".". */
  document_root?: string;
  /** Comma list of index files; default "index.html,index.htm". */
  index_files?: string;
  /** "yes" (or true) for an HTML listing of directories without an index. */
  enable_directory_listing?: string | boolean;
  /** Extra response headers, "Name: value" lines separated by "\r\n". */
  extra_headers?: string;
  /** ".ext=type,.ext2=type2". */
  custom_mime_types?: string;
  /** Glob patterns separated by '|' ('*', '**', '?'): such files get 404. */
  hidden_file_pattern?: string;
  /** Comma list of +subnet / -subnet; non-empty denies by default, last match wins. */
  ip_acl?: string;
}

/** The response of one request. */
interface Response {
  /** Status line and headers. Without Content-Length the body is chunked. */
  writeHead(code: number, headers?: HttpHeaders): void;
  /** Body data; an object is written as its JSON. May be called many times. */
  write(data: string | object): void;
  /** Finishes the response, optionally writing data first. */
  end(data?: string | object): void;
  /** Serves the request from the file system (Mongoose 6 semantics). */
  serve(opts?: ServeOptions): void;
}

type ServerEvent = "connection" | "close" | "error";

interface Server {
  /** A port number or "IP:PORT" ("127.0.0.1:8000", "[::1]:8000"). */
  listen(address: number | string, opts?: ListenOptions): Server;
  /** The callback receives the connection id (non-standard, as in Mongoose IoT):
   *  'connection' when a client connects, 'close' after its connection closed. */
  on(event: "connection" | "close", callback: (id: number) => void): Server;
  /** 'error': id is the connection, or -1 for the listener (bad or busy
   *  address); message names the request or address. */
  on(event: "error", callback: (id: number, message: string) => void): Server;
  /** Disconnects all clients and closes the listener. */
  destroy(): void;
}

/** Server limits (defaults in brackets), and the HTTPS options of issue 4. */
interface ListenOptions {
  /** Request line + headers, bytes: 431 beyond [8192]. */
  max_header_size?: number;
  /** Request body, bytes: 413 beyond [1048576]. */
  max_body_size?: number;
  /** Concurrent connections: 503 beyond [64]. */
  max_connections?: number;
  /** Keep-alive idle time before the server closes [5000]. */
  idle_timeout_ms?: number;
  /** Slow client: first byte to complete request, else 408 [10000]. */
  request_timeout_ms?: number;
  /** A response that makes no progress (handler never ends) is closed [30000]. */
  response_timeout_ms?: number;
  ssl_cert?: string;
  ssl_key?: string;
  ssl_ca_cert?: string;
}

declare namespace Http {
  function createServer(handler: (req: Request, res: Response) => void): Server;
  // Http.request / Http.get: issue 4 (HTTP client and HTTPS).
}
